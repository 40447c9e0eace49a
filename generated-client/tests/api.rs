// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Conformance tests: every operation called with requests built from the spec, against a mock
//! server of the same spec (one that validates requests, such as Steady or Prism), decoding
//! every answer into the generated types.
//!
//! `TEST_API_BASE_URL=http://127.0.0.1:4010 cargo test --test api`
//!
//! The tests are not part of a plain `cargo test`: they need the server.
#![allow(deprecated, clippy::too_many_lines)]

use futures_util::StreamExt;

/// The generated types, under the paths the test bodies name them by (a spec whose
/// tests name none leaves the import unused).
mod types {
    #[allow(unused_imports)]
    pub use ::openai_client::types::*;
}

/// The runtime's public items (`FileUpload`), likewise.
mod runtime {
    #[allow(unused_imports)]
    pub use ::openai_client::runtime::*;
}

/// A client for the server in `TEST_API_BASE_URL` (no retries; a mock server that
/// takes 30 s has hung); a missing address fails the test.
fn client() -> ::openai_client::Client {
    let Ok(base_url) = std::env::var("TEST_API_BASE_URL") else {
        panic!(
            "TEST_API_BASE_URL is not set: these tests call a mock server of the spec; start one (for example `npx @stdy/cli <spec>`) and set TEST_API_BASE_URL to its address",
        );
    };
    ::openai_client::Client::builder()
        .api_key("test-api-key")
        .base_url(base_url)
        .max_retries(0)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("a client for the test server")
}

/// The value of a call, or a failure naming the operation and the error (status,
/// request id and the server's explanation, or the JSON path that did not decode).
fn ok<T>(operation: &str, result: ::openai_client::Result<T>) -> T {
    match result {
        Ok(value) => value,
        Err(::openai_client::Error::Api(error)) if error.body.is_some() => {
            panic!(
                "{operation}: {error}\nresponse body: {}",
                error.body.as_deref().unwrap_or(""),
            )
        }
        Err(error) => panic!("{operation}: {error}"),
    }
}

#[tokio::test]
async fn create_response_example() {
    let client = client();
    let request = crate::types::CreateResponseRequest::new()
        .model(String::from("gpt-5"))
        .input(
            crate::types::InputParam::String(
                String::from("What is the weather in San Francisco?"),
            ),
        );
    let _response = ok(
        "createResponse (POST /responses, example request)",
        client.responses().create(&request).await,
    );
}

#[tokio::test]
async fn create_response_example_stream() {
    let client = client();
    let request = crate::types::CreateResponseRequest::new()
        .model(String::from("gpt-5"))
        .input(
            crate::types::InputParam::String(
                String::from("What is the weather in San Francisco?"),
            ),
        );
    let mut events = ok(
        "createResponse (POST /responses, example request, streamed)",
        client.responses().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createResponse (POST /responses, example request, streamed)", event);
    }
}

#[tokio::test]
async fn create_response_minimal() {
    let client = client();
    let request = crate::types::CreateResponseRequest::new();
    let _response = ok(
        "createResponse (POST /responses, minimal request)",
        client.responses().create(&request).await,
    );
}

#[tokio::test]
async fn create_response_minimal_stream() {
    let client = client();
    let request = crate::types::CreateResponseRequest::new();
    let mut events = ok(
        "createResponse (POST /responses, minimal request, streamed)",
        client.responses().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createResponse (POST /responses, minimal request, streamed)", event);
    }
}

#[tokio::test]
async fn create_response_full() {
    let client = client();
    let request = crate::types::CreateResponseRequest::new()
        .model(String::from("sample"))
        .input(crate::types::InputParam::String(String::from("sample")))
        .instructions(String::from("sample"))
        .previous_response_id(String::from("sample"))
        .conversation(crate::types::ConversationParam::String(String::from("sample")))
        .tools(
            vec![
                crate::types::Tool::WebSearch(crate::types::WebSearchTool::new()),
                crate::types::Tool::FileSearch(
                    crate::types::FileSearchTool::new(vec![String::from("vs_abc123")]),
                ),
                crate::types::Tool::Function(
                    crate::types::FunctionTool::new(String::from("process_data"))
                        .description(String::from("Process the analyzed data"))
                        .parameters(
                            ::serde_json::from_str::<
                                ::serde_json::Value,
                            >(
                                    "{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\"},\"operation\":{\"type\":\"string\"}}}",
                                )
                                .expect("sample JSON"),
                        )
                        .strict(false),
                ),
            ],
        )
        .tool_choice(
            crate::types::ToolChoiceParam::ToolChoiceOptions(
                crate::types::ToolChoiceOptions::None,
            ),
        )
        .parallel_tool_calls(false)
        .max_tool_calls(1i64)
        .temperature(1.5f64)
        .top_p(0.5f64)
        .top_logprobs(1i64)
        .max_output_tokens(16i64)
        .text(
            crate::types::ResponseTextParam::new()
                .format(
                    crate::types::TextResponseFormatConfiguration::Text(
                        crate::types::ResponseFormatText::new(),
                    ),
                )
                .verbosity(crate::types::Verbosity::Low),
        )
        .reasoning(
            crate::types::Reasoning::new()
                .effort(crate::types::ReasoningEffort::None)
                .summary(crate::types::ReasoningSummary::Auto)
                .generate_summary(crate::types::ReasoningGenerateSummary::Auto),
        )
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults])
        .store(false)
        .stream_options(
            crate::types::ResponseStreamOptions::new().include_obfuscation(false),
        )
        .background(false)
        .truncation(crate::types::CreateResponseRequestTruncation::Auto)
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .service_tier(crate::types::ServiceTierResponses::Auto)
        .prompt(
            crate::types::Prompt::new(String::from("sample"))
                .version(String::from("sample"))
                .variables(
                    ::std::collections::BTreeMap::<
                        String,
                        crate::types::PromptVariableValue,
                    >::from([]),
                ),
        )
        .prompt_cache_key(String::from("sample"))
        .prompt_cache_retention(
            crate::types::CreateResponseRequestPromptCacheRetention::InMemory,
        )
        .safety_identifier(String::from("sample"))
        .user(String::from("sample"));
    let _response = ok(
        "createResponse (POST /responses, full request)",
        client.responses().create(&request).await,
    );
}

#[tokio::test]
async fn create_response_full_stream() {
    let client = client();
    let request = crate::types::CreateResponseRequest::new()
        .model(String::from("sample"))
        .input(crate::types::InputParam::String(String::from("sample")))
        .instructions(String::from("sample"))
        .previous_response_id(String::from("sample"))
        .conversation(crate::types::ConversationParam::String(String::from("sample")))
        .tools(
            vec![
                crate::types::Tool::WebSearch(crate::types::WebSearchTool::new()),
                crate::types::Tool::FileSearch(
                    crate::types::FileSearchTool::new(vec![String::from("vs_abc123")]),
                ),
                crate::types::Tool::Function(
                    crate::types::FunctionTool::new(String::from("process_data"))
                        .description(String::from("Process the analyzed data"))
                        .parameters(
                            ::serde_json::from_str::<
                                ::serde_json::Value,
                            >(
                                    "{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\"},\"operation\":{\"type\":\"string\"}}}",
                                )
                                .expect("sample JSON"),
                        )
                        .strict(false),
                ),
            ],
        )
        .tool_choice(
            crate::types::ToolChoiceParam::ToolChoiceOptions(
                crate::types::ToolChoiceOptions::None,
            ),
        )
        .parallel_tool_calls(false)
        .max_tool_calls(1i64)
        .temperature(1.5f64)
        .top_p(0.5f64)
        .top_logprobs(1i64)
        .max_output_tokens(16i64)
        .text(
            crate::types::ResponseTextParam::new()
                .format(
                    crate::types::TextResponseFormatConfiguration::Text(
                        crate::types::ResponseFormatText::new(),
                    ),
                )
                .verbosity(crate::types::Verbosity::Low),
        )
        .reasoning(
            crate::types::Reasoning::new()
                .effort(crate::types::ReasoningEffort::None)
                .summary(crate::types::ReasoningSummary::Auto)
                .generate_summary(crate::types::ReasoningGenerateSummary::Auto),
        )
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults])
        .store(false)
        .stream_options(
            crate::types::ResponseStreamOptions::new().include_obfuscation(false),
        )
        .background(false)
        .truncation(crate::types::CreateResponseRequestTruncation::Auto)
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .service_tier(crate::types::ServiceTierResponses::Auto)
        .prompt(
            crate::types::Prompt::new(String::from("sample"))
                .version(String::from("sample"))
                .variables(
                    ::std::collections::BTreeMap::<
                        String,
                        crate::types::PromptVariableValue,
                    >::from([]),
                ),
        )
        .prompt_cache_key(String::from("sample"))
        .prompt_cache_retention(
            crate::types::CreateResponseRequestPromptCacheRetention::InMemory,
        )
        .safety_identifier(String::from("sample"))
        .user(String::from("sample"));
    let mut events = ok(
        "createResponse (POST /responses, full request, streamed)",
        client.responses().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createResponse (POST /responses, full request, streamed)", event);
    }
}

#[tokio::test]
async fn get_response_minimal() {
    let client = client();
    let params = crate::types::GetResponseParams::new();
    let _response = ok(
        "getResponse (GET /responses/{response_id}, minimal request)",
        client.responses().retrieve("sample", &params).await,
    );
}

#[tokio::test]
async fn get_response_full() {
    let client = client();
    let params = crate::types::GetResponseParams::new()
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults])
        .stream(false)
        .starting_after(1i64)
        .include_obfuscation(false);
    let _response = ok(
        "getResponse (GET /responses/{response_id}, full request)",
        client.responses().retrieve("sample", &params).await,
    );
}

#[tokio::test]
async fn delete_response_minimal() {
    let client = client();
    ok(
        "deleteResponse (DELETE /responses/{response_id}, minimal request)",
        client.responses().delete("sample").await,
    );
}

#[tokio::test]
async fn cancel_response_minimal() {
    let client = client();
    let _response = ok(
        "cancelResponse (POST /responses/{response_id}/cancel, minimal request)",
        client.responses().cancel("sample").await,
    );
}

#[tokio::test]
async fn create_conversation_example() {
    let client = client();
    let request = crate::types::CreateConversationBody::new()
        .metadata(::std::collections::BTreeMap::<String, String>::from([]))
        .items(
            vec![
                crate::types::InputItem::EasyInputMessage(
                    crate::types::EasyInputMessage::new(
                            crate::types::EasyInputMessageRole::User,
                            crate::types::EasyInputMessageContent::String(
                                String::from("Initial message"),
                            ),
                        )
                        .r#type(String::from("message")),
                ),
            ],
        );
    let _response = ok(
        "createConversation (POST /conversations, example request)",
        client.conversations().create(&request).await,
    );
}

#[tokio::test]
async fn create_conversation_minimal() {
    let client = client();
    let request = crate::types::CreateConversationBody::new();
    let _response = ok(
        "createConversation (POST /conversations, minimal request)",
        client.conversations().create(&request).await,
    );
}

#[tokio::test]
async fn create_conversation_full() {
    let client = client();
    let request = crate::types::CreateConversationBody::new()
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .items(
            vec![
                crate::types::InputItem::EasyInputMessage(
                    crate::types::EasyInputMessage::new(
                        crate::types::EasyInputMessageRole::User,
                        crate::types::EasyInputMessageContent::String(
                            String::from("sample"),
                        ),
                    ),
                ),
            ],
        );
    let _response = ok(
        "createConversation (POST /conversations, full request)",
        client.conversations().create(&request).await,
    );
}

#[tokio::test]
async fn list_conversation_items_minimal() {
    let client = client();
    let params = crate::types::ListConversationItemsParams::new();
    let _response = ok(
        "listConversationItems (GET /conversations/{conversation_id}/items, minimal request)",
        client.conversations().items().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_conversation_items_full() {
    let client = client();
    let params = crate::types::ListConversationItemsParams::new()
        .limit(1i64)
        .order(crate::types::ListConversationItemsOrder::Asc)
        .after(String::from("sample"))
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults]);
    let _response = ok(
        "listConversationItems (GET /conversations/{conversation_id}/items, full request)",
        client.conversations().items().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_conversation_items_minimal() {
    let client = client();
    let params = crate::types::CreateConversationItemsParams::new();
    let request = crate::types::CreateConversationItemsRequest::new(
        vec![
            crate::types::InputItem::EasyInputMessage(
                crate::types::EasyInputMessage::new(
                    crate::types::EasyInputMessageRole::User,
                    crate::types::EasyInputMessageContent::String(String::from("sample")),
                ),
            ),
        ],
    );
    let _response = ok(
        "createConversationItems (POST /conversations/{conversation_id}/items, minimal request)",
        client.conversations().items().create("sample", &params, &request).await,
    );
}

#[tokio::test]
async fn create_conversation_items_full() {
    let client = client();
    let params = crate::types::CreateConversationItemsParams::new()
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults]);
    let request = crate::types::CreateConversationItemsRequest::new(
        vec![
            crate::types::InputItem::EasyInputMessage(
                crate::types::EasyInputMessage::new(
                    crate::types::EasyInputMessageRole::User,
                    crate::types::EasyInputMessageContent::String(String::from("sample")),
                ),
            ),
        ],
    );
    let _response = ok(
        "createConversationItems (POST /conversations/{conversation_id}/items, full request)",
        client.conversations().items().create("sample", &params, &request).await,
    );
}

#[tokio::test]
async fn list_chat_completions_minimal() {
    let client = client();
    let params = crate::types::ListChatCompletionsParams::new();
    let _response = ok(
        "listChatCompletions (GET /chat/completions, minimal request)",
        client.chat().completions().list(&params).await,
    );
}

#[tokio::test]
async fn list_chat_completions_full() {
    let client = client();
    let params = crate::types::ListChatCompletionsParams::new()
        .model(String::from("sample"))
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .after(String::from("sample"))
        .limit(1i64)
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "listChatCompletions (GET /chat/completions, full request)",
        client.chat().completions().list(&params).await,
    );
}

#[tokio::test]
async fn create_chat_completion_example() {
    let client = client();
    let request = crate::types::CreateChatCompletionRequest::new(
        vec![
            crate::types::ChatCompletionRequestMessage::System(
                crate::types::ChatCompletionRequestSystemMessage::new(
                    crate::types::ChatCompletionRequestSystemMessageContent::String(
                        String::from("You are helpful"),
                    ),
                ),
            ),
            crate::types::ChatCompletionRequestMessage::User(
                crate::types::ChatCompletionRequestUserMessage::new(
                    crate::types::ChatCompletionRequestUserMessageContent::String(
                        String::from("Hello"),
                    ),
                ),
            ),
        ],
        String::from("gpt-4"),
    );
    let _response = ok(
        "createChatCompletion (POST /chat/completions, example request)",
        client.chat().completions().create(&request).await,
    );
}

#[tokio::test]
async fn create_chat_completion_example_stream() {
    let client = client();
    let request = crate::types::CreateChatCompletionRequest::new(
        vec![
            crate::types::ChatCompletionRequestMessage::System(
                crate::types::ChatCompletionRequestSystemMessage::new(
                    crate::types::ChatCompletionRequestSystemMessageContent::String(
                        String::from("You are helpful"),
                    ),
                ),
            ),
            crate::types::ChatCompletionRequestMessage::User(
                crate::types::ChatCompletionRequestUserMessage::new(
                    crate::types::ChatCompletionRequestUserMessageContent::String(
                        String::from("Hello"),
                    ),
                ),
            ),
        ],
        String::from("gpt-4"),
    );
    let mut events = ok(
        "createChatCompletion (POST /chat/completions, example request, streamed)",
        client.chat().completions().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok(
            "createChatCompletion (POST /chat/completions, example request, streamed)",
            event,
        );
    }
}

#[tokio::test]
async fn create_chat_completion_minimal() {
    let client = client();
    let request = crate::types::CreateChatCompletionRequest::new(
        vec![
            crate::types::ChatCompletionRequestMessage::Developer(
                crate::types::ChatCompletionRequestDeveloperMessage::new(
                    crate::types::ChatCompletionRequestDeveloperMessageContent::String(
                        String::from("sample"),
                    ),
                ),
            ),
        ],
        String::from("sample"),
    );
    let _response = ok(
        "createChatCompletion (POST /chat/completions, minimal request)",
        client.chat().completions().create(&request).await,
    );
}

#[tokio::test]
async fn create_chat_completion_minimal_stream() {
    let client = client();
    let request = crate::types::CreateChatCompletionRequest::new(
        vec![
            crate::types::ChatCompletionRequestMessage::Developer(
                crate::types::ChatCompletionRequestDeveloperMessage::new(
                    crate::types::ChatCompletionRequestDeveloperMessageContent::String(
                        String::from("sample"),
                    ),
                ),
            ),
        ],
        String::from("sample"),
    );
    let mut events = ok(
        "createChatCompletion (POST /chat/completions, minimal request, streamed)",
        client.chat().completions().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok(
            "createChatCompletion (POST /chat/completions, minimal request, streamed)",
            event,
        );
    }
}

#[tokio::test]
async fn create_chat_completion_full() {
    let client = client();
    let request = crate::types::CreateChatCompletionRequest::new(
            vec![
                crate::types::ChatCompletionRequestMessage::Developer(
                    crate::types::ChatCompletionRequestDeveloperMessage::new(
                        crate::types::ChatCompletionRequestDeveloperMessageContent::String(
                            String::from("sample"),
                        ),
                    ),
                ),
            ],
            String::from("sample"),
        )
        .audio(
            crate::types::ChatCompletionAudioParam::new(
                crate::types::VoiceIdsOrCustomVoice::VoiceIdsShared(
                    String::from("sample"),
                ),
                crate::types::ChatCompletionAudioParamFormat::Wav,
            ),
        )
        .frequency_penalty(1.5f64)
        .presence_penalty(1.5f64)
        .logit_bias(
            ::std::collections::BTreeMap::<
                String,
                i64,
            >::from([(String::from("key1"), 1i64)]),
        )
        .logprobs(false)
        .top_logprobs(1i64)
        .max_completion_tokens(1i64)
        .max_tokens(1i64)
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .modalities(vec![crate::types::ResponseModalitiesItem::Text])
        .n(1i64)
        .parallel_tool_calls(false)
        .prediction(
            crate::types::PredictionContent::new(
                crate::types::PredictionContentContent::String(String::from("sample")),
            ),
        )
        .prompt_cache_key(String::from("sample"))
        .prompt_cache_retention(
            crate::types::CreateChatCompletionRequestPromptCacheRetention::InMemory,
        )
        .reasoning_effort(crate::types::ReasoningEffort::None)
        .response_format(
            crate::types::ResponseFormat::Text(crate::types::ResponseFormatText::new()),
        )
        .safety_identifier(String::from("sample"))
        .seed(1i64)
        .service_tier(crate::types::ServiceTier::Auto)
        .stop(crate::types::StopConfiguration::String(String::from("sample")))
        .store(false)
        .stream_options(
            crate::types::ChatCompletionStreamOptions::new()
                .include_usage(false)
                .include_obfuscation(false),
        )
        .temperature(1.5f64)
        .top_p(0.5f64)
        .tools(
            vec![
                crate::types::ChatCompletionToolUnion::Function(
                    crate::types::ChatCompletionTool::new(
                        crate::types::FunctionObject::new(String::from("sample")),
                    ),
                ),
            ],
        )
        .tool_choice(
            crate::types::ChatCompletionToolChoiceOption::ChatCompletionToolChoiceMode(
                crate::types::ChatCompletionToolChoiceMode::None,
            ),
        )
        .user(String::from("sample"))
        .verbosity(crate::types::Verbosity::Low)
        .web_search_options(
            crate::types::WebSearchOptions::new()
                .user_location(
                    crate::types::WebSearchOptionsUserLocation::new(
                        crate::types::WebSearchLocation::new(),
                    ),
                )
                .search_context_size(
                    crate::types::WebSearchOptionsSearchContextSize::Low,
                ),
        );
    let _response = ok(
        "createChatCompletion (POST /chat/completions, full request)",
        client.chat().completions().create(&request).await,
    );
}

#[tokio::test]
async fn create_chat_completion_full_stream() {
    let client = client();
    let request = crate::types::CreateChatCompletionRequest::new(
            vec![
                crate::types::ChatCompletionRequestMessage::Developer(
                    crate::types::ChatCompletionRequestDeveloperMessage::new(
                        crate::types::ChatCompletionRequestDeveloperMessageContent::String(
                            String::from("sample"),
                        ),
                    ),
                ),
            ],
            String::from("sample"),
        )
        .audio(
            crate::types::ChatCompletionAudioParam::new(
                crate::types::VoiceIdsOrCustomVoice::VoiceIdsShared(
                    String::from("sample"),
                ),
                crate::types::ChatCompletionAudioParamFormat::Wav,
            ),
        )
        .frequency_penalty(1.5f64)
        .presence_penalty(1.5f64)
        .logit_bias(
            ::std::collections::BTreeMap::<
                String,
                i64,
            >::from([(String::from("key1"), 1i64)]),
        )
        .logprobs(false)
        .top_logprobs(1i64)
        .max_completion_tokens(1i64)
        .max_tokens(1i64)
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .modalities(vec![crate::types::ResponseModalitiesItem::Text])
        .n(1i64)
        .parallel_tool_calls(false)
        .prediction(
            crate::types::PredictionContent::new(
                crate::types::PredictionContentContent::String(String::from("sample")),
            ),
        )
        .prompt_cache_key(String::from("sample"))
        .prompt_cache_retention(
            crate::types::CreateChatCompletionRequestPromptCacheRetention::InMemory,
        )
        .reasoning_effort(crate::types::ReasoningEffort::None)
        .response_format(
            crate::types::ResponseFormat::Text(crate::types::ResponseFormatText::new()),
        )
        .safety_identifier(String::from("sample"))
        .seed(1i64)
        .service_tier(crate::types::ServiceTier::Auto)
        .stop(crate::types::StopConfiguration::String(String::from("sample")))
        .store(false)
        .stream_options(
            crate::types::ChatCompletionStreamOptions::new()
                .include_usage(false)
                .include_obfuscation(false),
        )
        .temperature(1.5f64)
        .top_p(0.5f64)
        .tools(
            vec![
                crate::types::ChatCompletionToolUnion::Function(
                    crate::types::ChatCompletionTool::new(
                        crate::types::FunctionObject::new(String::from("sample")),
                    ),
                ),
            ],
        )
        .tool_choice(
            crate::types::ChatCompletionToolChoiceOption::ChatCompletionToolChoiceMode(
                crate::types::ChatCompletionToolChoiceMode::None,
            ),
        )
        .user(String::from("sample"))
        .verbosity(crate::types::Verbosity::Low)
        .web_search_options(
            crate::types::WebSearchOptions::new()
                .user_location(
                    crate::types::WebSearchOptionsUserLocation::new(
                        crate::types::WebSearchLocation::new(),
                    ),
                )
                .search_context_size(
                    crate::types::WebSearchOptionsSearchContextSize::Low,
                ),
        );
    let mut events = ok(
        "createChatCompletion (POST /chat/completions, full request, streamed)",
        client.chat().completions().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok(
            "createChatCompletion (POST /chat/completions, full request, streamed)",
            event,
        );
    }
}

#[tokio::test]
async fn get_chat_completion_minimal() {
    let client = client();
    let _response = ok(
        "getChatCompletion (GET /chat/completions/{completion_id}, minimal request)",
        client.chat().completions().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_chat_completion_minimal() {
    let client = client();
    let request = crate::types::UpdateChatCompletionRequest::new()
        .metadata(::std::collections::BTreeMap::<String, String>::from([]));
    let _response = ok(
        "updateChatCompletion (POST /chat/completions/{completion_id}, minimal request)",
        client.chat().completions().update("sample", &request).await,
    );
}

#[tokio::test]
async fn update_chat_completion_full() {
    let client = client();
    let request = crate::types::UpdateChatCompletionRequest::new()
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "updateChatCompletion (POST /chat/completions/{completion_id}, full request)",
        client.chat().completions().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_chat_completion_minimal() {
    let client = client();
    let _response = ok(
        "deleteChatCompletion (DELETE /chat/completions/{completion_id}, minimal request)",
        client.chat().completions().delete("sample").await,
    );
}

#[tokio::test]
async fn get_chat_completion_messages_minimal() {
    let client = client();
    let params = crate::types::GetChatCompletionMessagesParams::new();
    let _response = ok(
        "getChatCompletionMessages (GET /chat/completions/{completion_id}/messages, minimal request)",
        client.chat().completions().messages().list("sample", &params).await,
    );
}

#[tokio::test]
async fn get_chat_completion_messages_full() {
    let client = client();
    let params = crate::types::GetChatCompletionMessagesParams::new()
        .after(String::from("sample"))
        .limit(1i64)
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "getChatCompletionMessages (GET /chat/completions/{completion_id}/messages, full request)",
        client.chat().completions().messages().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_transcription_minimal() {
    let client = client();
    let request = crate::types::CreateTranscriptionRequest::new(
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        String::from("sample"),
    );
    let _response = ok(
        "createTranscription (POST /audio/transcriptions, minimal request)",
        client.audio().transcriptions().create(&request).await,
    );
}

#[tokio::test]
async fn create_transcription_full() {
    let client = client();
    let request = crate::types::CreateTranscriptionRequest::new(
            crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
            String::from("sample"),
        )
        .language(String::from("sample"))
        .languages(vec![String::from("sample")])
        .keywords(vec![String::from("sample")])
        .prompt(String::from("sample"))
        .response_format(crate::types::AudioResponseFormat::Json)
        .temperature(1.5f64)
        .include(vec![crate::types::CreateTranscriptionRequestIncludeItem::Logprobs])
        .timestamp_granularities(
            vec![
                crate::types::CreateTranscriptionRequestTimestampGranularitiesItem::Word,
            ],
        )
        .chunking_strategy(
            crate::types::CreateTranscriptionRequestChunkingStrategy::Enum(
                crate::types::CreateTranscriptionRequestChunkingStrategyEnum::Auto,
            ),
        )
        .known_speaker_names(vec![String::from("sample")])
        .known_speaker_references(vec![String::from("sample")]);
    let _response = ok(
        "createTranscription (POST /audio/transcriptions, full request)",
        client.audio().transcriptions().create(&request).await,
    );
}

#[tokio::test]
async fn create_speech_example() {
    let client = client();
    let request = crate::types::CreateSpeechRequest::new(
            String::from("tts-1-hd"),
            String::from("Hello, this is a test of text-to-speech."),
            crate::types::VoiceIdsOrCustomVoice::VoiceIdsShared(String::from("nova")),
        )
        .response_format(crate::types::CreateSpeechRequestResponseFormat::Mp3)
        .speed(1f64);
    let bytes = ok(
        "createSpeech (POST /audio/speech, example request)",
        client.audio().speech().create(&request).await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn create_speech_minimal() {
    let client = client();
    let request = crate::types::CreateSpeechRequest::new(
        String::from("sample"),
        String::from("sample"),
        crate::types::VoiceIdsOrCustomVoice::VoiceIdsShared(String::from("sample")),
    );
    let bytes = ok(
        "createSpeech (POST /audio/speech, minimal request)",
        client.audio().speech().create(&request).await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn create_speech_full() {
    let client = client();
    let request = crate::types::CreateSpeechRequest::new(
            String::from("sample"),
            String::from("sample"),
            crate::types::VoiceIdsOrCustomVoice::VoiceIdsShared(String::from("sample")),
        )
        .instructions(String::from("sample"))
        .response_format(crate::types::CreateSpeechRequestResponseFormat::Mp3)
        .speed(1.5f64);
    let bytes = ok(
        "createSpeech (POST /audio/speech, full request)",
        client.audio().speech().create(&request).await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn create_image_example() {
    let client = client();
    let request = crate::types::CreateImageRequest::new(
            String::from("A serene landscape with mountains at sunset"),
        )
        .model(String::from("dall-e-3"))
        .n(1i64)
        .quality(crate::types::CreateImageRequestQuality::Hd)
        .response_format(crate::types::CreateImageRequestResponseFormat::Url)
        .size(String::from("1024x1024"))
        .style(crate::types::CreateImageRequestStyle::Natural);
    let _response = ok(
        "createImage (POST /images/generations, example request)",
        client.images().generate(&request).await,
    );
}

#[tokio::test]
async fn create_image_minimal() {
    let client = client();
    let request = crate::types::CreateImageRequest::new(String::from("sample"));
    let _response = ok(
        "createImage (POST /images/generations, minimal request)",
        client.images().generate(&request).await,
    );
}

#[tokio::test]
async fn create_image_full() {
    let client = client();
    let request = crate::types::CreateImageRequest::new(String::from("sample"))
        .model(String::from("sample"))
        .n(1i64)
        .quality(crate::types::CreateImageRequestQuality::Standard)
        .response_format(crate::types::CreateImageRequestResponseFormat::Url)
        .output_format(crate::types::CreateImageRequestOutputFormat::Png)
        .output_compression(1i64)
        .size(String::from("sample"))
        .moderation(crate::types::CreateImageRequestModeration::Low)
        .background(crate::types::CreateImageRequestBackground::Transparent)
        .style(crate::types::CreateImageRequestStyle::Vivid)
        .user(String::from("sample"));
    let _response = ok(
        "createImage (POST /images/generations, full request)",
        client.images().generate(&request).await,
    );
}

#[tokio::test]
async fn create_image_edit_minimal() {
    let client = client();
    let request = crate::types::CreateImageEditRequest::new(
        vec![crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec())],
        String::from("sample"),
    );
    let _response = ok(
        "createImageEdit (POST /images/edits, minimal request)",
        client.images().edit(&request).await,
    );
}

#[tokio::test]
async fn create_image_edit_full() {
    let client = client();
    let request = crate::types::CreateImageEditRequest::new(
            vec![
                crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
            ],
            String::from("sample"),
        )
        .mask(crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()))
        .model(String::from("sample"))
        .n(1i64)
        .size(String::from("sample"))
        .response_format(crate::types::CreateImageEditRequestResponseFormat::Url)
        .output_format(crate::types::CreateImageEditRequestOutputFormat::Png)
        .output_compression(1i64)
        .background(crate::types::CreateImageEditRequestBackground::Transparent)
        .quality(crate::types::CreateImageEditRequestQuality::Standard)
        .input_fidelity(crate::types::InputFidelity::High)
        .user(String::from("sample"));
    let _response = ok(
        "createImageEdit (POST /images/edits, full request)",
        client.images().edit(&request).await,
    );
}

#[tokio::test]
async fn create_image_variation_minimal() {
    let client = client();
    let request = crate::types::CreateImageVariationRequest::new(
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
    );
    let _response = ok(
        "createImageVariation (POST /images/variations, minimal request)",
        client.images().create_variation(&request).await,
    );
}

#[tokio::test]
async fn create_image_variation_full() {
    let client = client();
    let request = crate::types::CreateImageVariationRequest::new(
            crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        )
        .model(String::from("sample"))
        .n(1i64)
        .response_format(crate::types::CreateImageVariationRequestResponseFormat::Url)
        .size(crate::types::CreateImageVariationRequestSize::V256x256)
        .user(String::from("sample"));
    let _response = ok(
        "createImageVariation (POST /images/variations, full request)",
        client.images().create_variation(&request).await,
    );
}

#[tokio::test]
async fn create_embedding_example() {
    let client = client();
    let request = crate::types::CreateEmbeddingRequest::new(
            crate::types::CreateEmbeddingRequestInput::StringArray(
                vec![String::from("Hello world"), String::from("How are you?")],
            ),
            String::from("text-embedding-3-large"),
        )
        .encoding_format(crate::types::CreateEmbeddingRequestEncodingFormat::Float)
        .dimensions(1536i64);
    let _response = ok(
        "createEmbedding (POST /embeddings, example request)",
        client.embeddings().create(&request).await,
    );
}

#[tokio::test]
async fn create_embedding_minimal() {
    let client = client();
    let request = crate::types::CreateEmbeddingRequest::new(
        crate::types::CreateEmbeddingRequestInput::String(String::from("sample")),
        String::from("sample"),
    );
    let _response = ok(
        "createEmbedding (POST /embeddings, minimal request)",
        client.embeddings().create(&request).await,
    );
}

#[tokio::test]
async fn create_embedding_full() {
    let client = client();
    let request = crate::types::CreateEmbeddingRequest::new(
            crate::types::CreateEmbeddingRequestInput::String(String::from("sample")),
            String::from("sample"),
        )
        .encoding_format(crate::types::CreateEmbeddingRequestEncodingFormat::Float)
        .dimensions(1i64)
        .user(String::from("sample"));
    let _response = ok(
        "createEmbedding (POST /embeddings, full request)",
        client.embeddings().create(&request).await,
    );
}

#[tokio::test]
async fn create_moderation_example() {
    let client = client();
    let request = crate::types::CreateModerationRequest::new(
            crate::types::CreateModerationRequestInput::StringArray(
                vec![
                    String::from(
                        "{\"type\":\"text\",\"text\":\"Content to check for policy compliance\"}",
                    ),
                    String::from(
                        "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/image.jpg\"}}",
                    ),
                ],
            ),
        )
        .model(String::from("omni-moderation-latest"));
    let _response = ok(
        "createModeration (POST /moderations, example request)",
        client.moderations().create(&request).await,
    );
}

#[tokio::test]
async fn create_moderation_minimal() {
    let client = client();
    let request = crate::types::CreateModerationRequest::new(
        crate::types::CreateModerationRequestInput::String(String::from("sample")),
    );
    let _response = ok(
        "createModeration (POST /moderations, minimal request)",
        client.moderations().create(&request).await,
    );
}

#[tokio::test]
async fn create_moderation_full() {
    let client = client();
    let request = crate::types::CreateModerationRequest::new(
            crate::types::CreateModerationRequestInput::String(String::from("sample")),
        )
        .model(String::from("sample"));
    let _response = ok(
        "createModeration (POST /moderations, full request)",
        client.moderations().create(&request).await,
    );
}

#[tokio::test]
async fn list_paginated_fine_tuning_jobs_minimal() {
    let client = client();
    let params = crate::types::ListPaginatedFineTuningJobsParams::new();
    let _response = ok(
        "listPaginatedFineTuningJobs (GET /fine_tuning/jobs, minimal request)",
        client.fine_tuning().jobs().list(&params).await,
    );
}

#[tokio::test]
async fn list_paginated_fine_tuning_jobs_full() {
    let client = client();
    let params = crate::types::ListPaginatedFineTuningJobsParams::new()
        .after(String::from("sample"))
        .limit(1i64)
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "listPaginatedFineTuningJobs (GET /fine_tuning/jobs, full request)",
        client.fine_tuning().jobs().list(&params).await,
    );
}

#[tokio::test]
async fn create_fine_tuning_job_example() {
    let client = client();
    let request = crate::types::CreateFineTuningJobRequest::new(
            String::from("gpt-4o-mini"),
            String::from("file-abc123"),
        )
        .validation_file(String::from("file-def456"))
        .hyperparameters(
            crate::types::FineTuneHyperparameters::new()
                .batch_size(crate::types::FineTuneBatchSize::Integer(8i64))
                .learning_rate_multiplier(
                    crate::types::FineTuneLearningRateMultiplier::Number(1f64),
                )
                .n_epochs(crate::types::FineTuneEpochs::Integer(3i64)),
        )
        .suffix(String::from("custom-model"))
        .seed(42i64)
        .integrations(
            vec![
                crate::types::FineTuningIntegrationWandb::new(
                    crate::types::FineTuningIntegrationWandbWandb::new(
                            String::from("my-fine-tuning"),
                        )
                        .entity(String::from("my-team")),
                ),
            ],
        );
    let _response = ok(
        "createFineTuningJob (POST /fine_tuning/jobs, example request)",
        client.fine_tuning().jobs().create(&request).await,
    );
}

#[tokio::test]
async fn create_fine_tuning_job_minimal() {
    let client = client();
    let request = crate::types::CreateFineTuningJobRequest::new(
        String::from("sample"),
        String::from("sample"),
    );
    let _response = ok(
        "createFineTuningJob (POST /fine_tuning/jobs, minimal request)",
        client.fine_tuning().jobs().create(&request).await,
    );
}

#[tokio::test]
async fn create_fine_tuning_job_full() {
    let client = client();
    let request = crate::types::CreateFineTuningJobRequest::new(
            String::from("sample"),
            String::from("sample"),
        )
        .validation_file(String::from("sample"))
        .hyperparameters(
            crate::types::FineTuneHyperparameters::new()
                .batch_size(
                    crate::types::FineTuneBatchSize::Enum(
                        crate::types::FineTuneBatchSizeEnum::Auto,
                    ),
                )
                .learning_rate_multiplier(
                    crate::types::FineTuneLearningRateMultiplier::Enum(
                        crate::types::FineTuneLearningRateMultiplierEnum::Auto,
                    ),
                )
                .n_epochs(
                    crate::types::FineTuneEpochs::Enum(
                        crate::types::FineTuneEpochsEnum::Auto,
                    ),
                ),
        )
        .method(
            crate::types::FineTuneMethod::new(
                    crate::types::FineTuneMethodType::Supervised,
                )
                .supervised(crate::types::FineTuneSupervisedMethod::new())
                .dpo(crate::types::FineTuneDpoMethod::new())
                .reinforcement(
                    crate::types::FineTuneReinforcementMethod::new(
                        crate::types::Grader::StringCheck(
                            crate::types::GraderStringCheck::new(
                                String::from("sample"),
                                String::from("sample"),
                                String::from("sample"),
                                crate::types::GraderStringCheckOperation::Eq,
                            ),
                        ),
                    ),
                ),
        )
        .suffix(String::from("sample"))
        .seed(1i64)
        .integrations(
            vec![
                crate::types::FineTuningIntegrationWandb::new(
                    crate::types::FineTuningIntegrationWandbWandb::new(
                        String::from("sample"),
                    ),
                ),
            ],
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "createFineTuningJob (POST /fine_tuning/jobs, full request)",
        client.fine_tuning().jobs().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_fine_tuning_job_minimal() {
    let client = client();
    let _response = ok(
        "retrieveFineTuningJob (GET /fine_tuning/jobs/{fine_tuning_job_id}, minimal request)",
        client.fine_tuning().jobs().retrieve("sample").await,
    );
}

#[tokio::test]
async fn cancel_fine_tuning_job_minimal() {
    let client = client();
    let _response = ok(
        "cancelFineTuningJob (POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel, minimal request)",
        client.fine_tuning().jobs().cancel("sample").await,
    );
}

#[tokio::test]
async fn list_fine_tuning_events_minimal() {
    let client = client();
    let params = crate::types::ListFineTuningEventsParams::new();
    let _response = ok(
        "listFineTuningEvents (GET /fine_tuning/jobs/{fine_tuning_job_id}/events, minimal request)",
        client.fine_tuning().jobs().events().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_fine_tuning_events_full() {
    let client = client();
    let params = crate::types::ListFineTuningEventsParams::new()
        .after(String::from("sample"))
        .limit(1i64);
    let _response = ok(
        "listFineTuningEvents (GET /fine_tuning/jobs/{fine_tuning_job_id}/events, full request)",
        client.fine_tuning().jobs().events().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_fine_tuning_job_checkpoints_minimal() {
    let client = client();
    let params = crate::types::ListFineTuningJobCheckpointsParams::new();
    let _response = ok(
        "listFineTuningJobCheckpoints (GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints, minimal request)",
        client.fine_tuning().jobs().checkpoints().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_fine_tuning_job_checkpoints_full() {
    let client = client();
    let params = crate::types::ListFineTuningJobCheckpointsParams::new()
        .after(String::from("sample"))
        .limit(1i64);
    let _response = ok(
        "listFineTuningJobCheckpoints (GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints, full request)",
        client.fine_tuning().jobs().checkpoints().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_batches_minimal() {
    let client = client();
    let params = crate::types::ListBatchesParams::new();
    let _response = ok(
        "listBatches (GET /batches, minimal request)",
        client.batches().list(&params).await,
    );
}

#[tokio::test]
async fn list_batches_full() {
    let client = client();
    let params = crate::types::ListBatchesParams::new()
        .after(String::from("sample"))
        .limit(1i64);
    let _response = ok(
        "listBatches (GET /batches, full request)",
        client.batches().list(&params).await,
    );
}

#[tokio::test]
async fn create_batch_example() {
    let client = client();
    let request = crate::types::CreateBatchRequest::new(
            String::from("file-abc123"),
            crate::types::CreateBatchRequestEndpoint::V1ChatCompletions,
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([
                (String::from("project"), String::from("batch_analysis")),
                (String::from("version"), String::from("1.0")),
            ]),
        );
    let _response = ok(
        "createBatch (POST /batches, example request)",
        client.batches().create(&request).await,
    );
}

#[tokio::test]
async fn create_batch_minimal() {
    let client = client();
    let request = crate::types::CreateBatchRequest::new(
        String::from("sample"),
        crate::types::CreateBatchRequestEndpoint::V1Responses,
    );
    let _response = ok(
        "createBatch (POST /batches, minimal request)",
        client.batches().create(&request).await,
    );
}

#[tokio::test]
async fn create_batch_full() {
    let client = client();
    let request = crate::types::CreateBatchRequest::new(
            String::from("sample"),
            crate::types::CreateBatchRequestEndpoint::V1Responses,
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .output_expires_after(crate::types::BatchFileExpirationAfter::new(3600i64));
    let _response = ok(
        "createBatch (POST /batches, full request)",
        client.batches().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_batch_minimal() {
    let client = client();
    let _response = ok(
        "retrieveBatch (GET /batches/{batch_id}, minimal request)",
        client.batches().retrieve("sample").await,
    );
}

#[tokio::test]
async fn cancel_batch_minimal() {
    let client = client();
    let _response = ok(
        "cancelBatch (POST /batches/{batch_id}/cancel, minimal request)",
        client.batches().cancel("sample").await,
    );
}

#[tokio::test]
async fn list_files_minimal() {
    let client = client();
    let params = crate::types::ListFilesParams::new();
    let _response = ok(
        "listFiles (GET /files, minimal request)",
        client.files().list(&params).await,
    );
}

#[tokio::test]
async fn list_files_full() {
    let client = client();
    let params = crate::types::ListFilesParams::new()
        .purpose(String::from("sample"))
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"));
    let _response = ok(
        "listFiles (GET /files, full request)",
        client.files().list(&params).await,
    );
}

#[tokio::test]
async fn create_file_minimal() {
    let client = client();
    let request = crate::types::CreateFileRequest::new(
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        crate::types::CreateFileRequestPurpose::Assistants,
    );
    let _response = ok(
        "createFile (POST /files, minimal request)",
        client.files().create(&request).await,
    );
}

#[tokio::test]
async fn create_file_full() {
    let client = client();
    let request = crate::types::CreateFileRequest::new(
            crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
            crate::types::CreateFileRequestPurpose::Assistants,
        )
        .expires_after(crate::types::FileExpirationAfter::new(3600i64));
    let _response = ok(
        "createFile (POST /files, full request)",
        client.files().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_file_minimal() {
    let client = client();
    let _response = ok(
        "retrieveFile (GET /files/{file_id}, minimal request)",
        client.files().retrieve("sample").await,
    );
}

#[tokio::test]
async fn delete_file_minimal() {
    let client = client();
    let _response = ok(
        "deleteFile (DELETE /files/{file_id}, minimal request)",
        client.files().delete("sample").await,
    );
}

#[tokio::test]
async fn download_file_minimal() {
    let client = client();
    let bytes = ok(
        "downloadFile (GET /files/{file_id}/content, minimal request)",
        client.files().content("sample").await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn list_vector_stores_minimal() {
    let client = client();
    let params = crate::types::ListVectorStoresParams::new();
    let _response = ok(
        "listVectorStores (GET /vector_stores, minimal request)",
        client.vector_stores().list(&params).await,
    );
}

#[tokio::test]
async fn list_vector_stores_full() {
    let client = client();
    let params = crate::types::ListVectorStoresParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"));
    let _response = ok(
        "listVectorStores (GET /vector_stores, full request)",
        client.vector_stores().list(&params).await,
    );
}

#[tokio::test]
async fn create_vector_store_example() {
    let client = client();
    let request = crate::types::CreateVectorStoreRequest::new()
        .name(String::from("Product Documentation"))
        .file_ids(vec![String::from("file-123"), String::from("file-456")])
        .chunking_strategy(
            crate::types::ChunkingStrategyRequestParam::Static(
                crate::types::StaticChunkingStrategyRequestParam::new(
                    crate::types::StaticChunkingStrategy::new(500i64, 100i64),
                ),
            ),
        )
        .expires_after(crate::types::VectorStoreExpirationAfter::new(30i64))
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([
                (String::from("project"), String::from("docs")),
                (String::from("version"), String::from("2.0")),
            ]),
        );
    let _response = ok(
        "createVectorStore (POST /vector_stores, example request)",
        client.vector_stores().create(&request).await,
    );
}

#[tokio::test]
async fn create_vector_store_minimal() {
    let client = client();
    let request = crate::types::CreateVectorStoreRequest::new();
    let _response = ok(
        "createVectorStore (POST /vector_stores, minimal request)",
        client.vector_stores().create(&request).await,
    );
}

#[tokio::test]
async fn create_vector_store_full() {
    let client = client();
    let request = crate::types::CreateVectorStoreRequest::new()
        .name(String::from("sample"))
        .description(String::from("sample"))
        .file_ids(vec![String::from("sample")])
        .chunking_strategy(
            crate::types::ChunkingStrategyRequestParam::Auto(
                crate::types::AutoChunkingStrategyRequestParam::new(),
            ),
        )
        .expires_after(crate::types::VectorStoreExpirationAfter::new(1i64))
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "createVectorStore (POST /vector_stores, full request)",
        client.vector_stores().create(&request).await,
    );
}

#[tokio::test]
async fn get_vector_store_minimal() {
    let client = client();
    let _response = ok(
        "getVectorStore (GET /vector_stores/{vector_store_id}, minimal request)",
        client.vector_stores().retrieve("sample").await,
    );
}

#[tokio::test]
async fn modify_vector_store_minimal() {
    let client = client();
    let request = crate::types::UpdateVectorStoreRequest::new();
    let _response = ok(
        "modifyVectorStore (POST /vector_stores/{vector_store_id}, minimal request)",
        client.vector_stores().update("sample", &request).await,
    );
}

#[tokio::test]
async fn modify_vector_store_full() {
    let client = client();
    let request = crate::types::UpdateVectorStoreRequest::new()
        .name(String::from("sample"))
        .expires_after(crate::types::VectorStoreExpirationAfter::new(1i64))
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "modifyVectorStore (POST /vector_stores/{vector_store_id}, full request)",
        client.vector_stores().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_vector_store_minimal() {
    let client = client();
    let _response = ok(
        "deleteVectorStore (DELETE /vector_stores/{vector_store_id}, minimal request)",
        client.vector_stores().delete("sample").await,
    );
}

#[tokio::test]
async fn list_vector_store_files_minimal() {
    let client = client();
    let params = crate::types::ListVectorStoreFilesParams::new();
    let _response = ok(
        "listVectorStoreFiles (GET /vector_stores/{vector_store_id}/files, minimal request)",
        client.vector_stores().files().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_vector_store_files_full() {
    let client = client();
    let params = crate::types::ListVectorStoreFilesParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"))
        .filter(crate::types::VectorStoreFileStatusFilter::InProgress);
    let _response = ok(
        "listVectorStoreFiles (GET /vector_stores/{vector_store_id}/files, full request)",
        client.vector_stores().files().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_vector_store_file_example() {
    let client = client();
    let request = crate::types::CreateVectorStoreFileRequest::new(
            String::from("file-789"),
        )
        .chunking_strategy(
            crate::types::ChunkingStrategyRequestParam::Auto(
                crate::types::AutoChunkingStrategyRequestParam::new(),
            ),
        );
    let _response = ok(
        "createVectorStoreFile (POST /vector_stores/{vector_store_id}/files, example request)",
        client.vector_stores().files().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_vector_store_file_minimal() {
    let client = client();
    let request = crate::types::CreateVectorStoreFileRequest::new(
        String::from("sample"),
    );
    let _response = ok(
        "createVectorStoreFile (POST /vector_stores/{vector_store_id}/files, minimal request)",
        client.vector_stores().files().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_vector_store_file_full() {
    let client = client();
    let request = crate::types::CreateVectorStoreFileRequest::new(String::from("sample"))
        .chunking_strategy(
            crate::types::ChunkingStrategyRequestParam::Auto(
                crate::types::AutoChunkingStrategyRequestParam::new(),
            ),
        )
        .attributes(
            ::std::collections::BTreeMap::<
                String,
                crate::types::VectorStoreFileAttributeValue,
            >::from([
                (
                    String::from("key1"),
                    crate::types::VectorStoreFileAttributeValue::String(
                        String::from("sample"),
                    ),
                ),
            ]),
        );
    let _response = ok(
        "createVectorStoreFile (POST /vector_stores/{vector_store_id}/files, full request)",
        client.vector_stores().files().create("sample", &request).await,
    );
}

#[tokio::test]
async fn list_assistants_minimal() {
    let client = client();
    let params = crate::types::ListAssistantsParams::new();
    let _response = ok(
        "listAssistants (GET /assistants, minimal request)",
        client.assistants().list(&params).await,
    );
}

#[tokio::test]
async fn list_assistants_full() {
    let client = client();
    let params = crate::types::ListAssistantsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"));
    let _response = ok(
        "listAssistants (GET /assistants, full request)",
        client.assistants().list(&params).await,
    );
}

#[tokio::test]
async fn create_assistant_example() {
    let client = client();
    let request = crate::types::CreateAssistantRequest::new(String::from("gpt-5"))
        .name(String::from("Data Analyst Assistant"))
        .description(String::from("Analyzes data and creates visualizations"))
        .instructions(
            String::from(
                "You are a data analyst. Help users understand their data through analysis and visualization.",
            ),
        )
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
                crate::types::AssistantTool::FileSearch(
                    crate::types::AssistantToolsFileSearch::new(),
                ),
                crate::types::AssistantTool::Function(
                    crate::types::AssistantToolsFunction::new(
                        crate::types::FunctionObject::new(String::from("create_chart"))
                            .description(String::from("Create a data visualization"))
                            .parameters(
                                ::serde_json::from_str::<
                                    ::serde_json::Value,
                                >(
                                        "{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\"},\"chart_type\":{\"type\":\"string\",\"enum\":[\"bar\",\"line\",\"pie\"]}},\"required\":[\"data\",\"chart_type\"]}",
                                    )
                                    .expect("sample JSON"),
                            ),
                    ),
                ),
            ],
        )
        .tool_resources(
            crate::types::CreateToolResources::new()
                .code_interpreter(
                    crate::types::CreateToolResourcesCodeInterpreter::new()
                        .file_ids(
                            vec![String::from("file-123"), String::from("file-456")],
                        ),
                )
                .file_search(
                    crate::types::CreateToolResourcesFileSearch::new()
                        .vector_store_ids(vec![String::from("vs-789")]),
                ),
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([
                (String::from("department"), String::from("analytics")),
                (String::from("version"), String::from("2.0")),
            ]),
        )
        .temperature(0.7f64)
        .top_p(0.9f64)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::ResponseFormat(
                crate::types::ResponseFormat::JsonObject(
                    crate::types::ResponseFormatJsonObject::new(),
                ),
            ),
        );
    let _response = ok(
        "createAssistant (POST /assistants, example request)",
        client.assistants().create(&request).await,
    );
}

#[tokio::test]
async fn create_assistant_minimal() {
    let client = client();
    let request = crate::types::CreateAssistantRequest::new(String::from("sample"));
    let _response = ok(
        "createAssistant (POST /assistants, minimal request)",
        client.assistants().create(&request).await,
    );
}

#[tokio::test]
async fn create_assistant_full() {
    let client = client();
    let request = crate::types::CreateAssistantRequest::new(String::from("sample"))
        .name(String::from("sample"))
        .description(String::from("sample"))
        .instructions(String::from("sample"))
        .reasoning_effort(crate::types::ReasoningEffort::None)
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
            ],
        )
        .tool_resources(
            crate::types::CreateToolResources::new()
                .code_interpreter(
                    crate::types::CreateToolResourcesCodeInterpreter::new(),
                )
                .file_search(crate::types::CreateToolResourcesFileSearch::new()),
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .temperature(1.5f64)
        .top_p(0.5f64)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::Enum(
                crate::types::AssistantsApiResponseFormatOptionEnum::Auto,
            ),
        );
    let _response = ok(
        "createAssistant (POST /assistants, full request)",
        client.assistants().create(&request).await,
    );
}

#[tokio::test]
async fn get_assistant_minimal() {
    let client = client();
    let _response = ok(
        "getAssistant (GET /assistants/{assistant_id}, minimal request)",
        client.assistants().retrieve("sample").await,
    );
}

#[tokio::test]
async fn modify_assistant_minimal() {
    let client = client();
    let request = crate::types::ModifyAssistantRequest::new();
    let _response = ok(
        "modifyAssistant (POST /assistants/{assistant_id}, minimal request)",
        client.assistants().update("sample", &request).await,
    );
}

#[tokio::test]
async fn modify_assistant_full() {
    let client = client();
    let request = crate::types::ModifyAssistantRequest::new()
        .model(String::from("sample"))
        .reasoning_effort(crate::types::ReasoningEffort::None)
        .name(String::from("sample"))
        .description(String::from("sample"))
        .instructions(String::from("sample"))
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
            ],
        )
        .tool_resources(
            crate::types::ToolResources::new()
                .code_interpreter(crate::types::ToolResourcesCodeInterpreter::new())
                .file_search(crate::types::ToolResourcesFileSearch::new()),
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .temperature(1.5f64)
        .top_p(0.5f64)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::Enum(
                crate::types::AssistantsApiResponseFormatOptionEnum::Auto,
            ),
        );
    let _response = ok(
        "modifyAssistant (POST /assistants/{assistant_id}, full request)",
        client.assistants().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_assistant_minimal() {
    let client = client();
    let _response = ok(
        "deleteAssistant (DELETE /assistants/{assistant_id}, minimal request)",
        client.assistants().delete("sample").await,
    );
}

#[tokio::test]
async fn create_thread_example() {
    let client = client();
    let request = crate::types::CreateThreadRequest::new()
        .messages(
            vec![
                crate::types::CreateMessageRequest::new(
                        crate::types::CreateMessageRequestRole::User,
                        crate::types::CreateMessageRequestContent::String(
                            String::from("Analyze this sales data and identify trends"),
                        ),
                    )
                    .attachments(
                        vec![
                            crate::types::MessageAttachment::new()
                                .file_id(String::from("file-abc123"))
                                .tools(
                                    vec![
                                        crate::types::MessageAttachmentTool::CodeInterpreter(
                                            crate::types::AssistantToolsCode::new(),
                                        ),
                                        crate::types::MessageAttachmentTool::FileSearch(
                                            crate::types::AssistantToolsFileSearchTypeOnly::new(),
                                        ),
                                    ],
                                ),
                        ],
                    ),
            ],
        )
        .tool_resources(
            crate::types::CreateToolResources::new()
                .code_interpreter(
                    crate::types::CreateToolResourcesCodeInterpreter::new()
                        .file_ids(vec![String::from("file-def456")]),
                )
                .file_search(
                    crate::types::CreateToolResourcesFileSearch::new()
                        .vector_store_ids(vec![String::from("vs-ghi789")]),
                ),
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([
                (String::from("user_id"), String::from("user_12345")),
                (String::from("session_id"), String::from("sess_67890")),
            ]),
        );
    let _response = ok(
        "createThread (POST /threads, example request)",
        client.threads().create(&request).await,
    );
}

#[tokio::test]
async fn create_thread_minimal() {
    let client = client();
    let request = crate::types::CreateThreadRequest::new();
    let _response = ok(
        "createThread (POST /threads, minimal request)",
        client.threads().create(&request).await,
    );
}

#[tokio::test]
async fn create_thread_full() {
    let client = client();
    let request = crate::types::CreateThreadRequest::new()
        .messages(
            vec![
                crate::types::CreateMessageRequest::new(
                        crate::types::CreateMessageRequestRole::User,
                        crate::types::CreateMessageRequestContent::String(
                            String::from("sample"),
                        ),
                    )
                    .attachments(vec![crate::types::MessageAttachment::new()])
                    .metadata(::std::collections::BTreeMap::<String, String>::from([])),
            ],
        )
        .tool_resources(
            crate::types::CreateToolResources::new()
                .code_interpreter(
                    crate::types::CreateToolResourcesCodeInterpreter::new(),
                )
                .file_search(crate::types::CreateToolResourcesFileSearch::new()),
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "createThread (POST /threads, full request)",
        client.threads().create(&request).await,
    );
}

#[tokio::test]
async fn get_thread_minimal() {
    let client = client();
    let _response = ok(
        "getThread (GET /threads/{thread_id}, minimal request)",
        client.threads().retrieve("sample").await,
    );
}

#[tokio::test]
async fn modify_thread_minimal() {
    let client = client();
    let request = crate::types::ModifyThreadRequest::new();
    let _response = ok(
        "modifyThread (POST /threads/{thread_id}, minimal request)",
        client.threads().update("sample", &request).await,
    );
}

#[tokio::test]
async fn modify_thread_full() {
    let client = client();
    let request = crate::types::ModifyThreadRequest::new()
        .tool_resources(
            crate::types::ToolResources::new()
                .code_interpreter(crate::types::ToolResourcesCodeInterpreter::new())
                .file_search(crate::types::ToolResourcesFileSearch::new()),
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "modifyThread (POST /threads/{thread_id}, full request)",
        client.threads().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_thread_minimal() {
    let client = client();
    let _response = ok(
        "deleteThread (DELETE /threads/{thread_id}, minimal request)",
        client.threads().delete("sample").await,
    );
}

#[tokio::test]
async fn create_thread_and_run_example() {
    let client = client();
    let request = crate::types::CreateThreadAndRunRequest::new(
            String::from("asst_abc123"),
        )
        .thread(
            crate::types::CreateThreadRequest::new()
                .messages(
                    vec![
                        crate::types::CreateMessageRequest::new(
                            crate::types::CreateMessageRequestRole::User,
                            crate::types::CreateMessageRequestContent::String(
                                String::from("Analyze this data"),
                            ),
                        ),
                    ],
                ),
        )
        .model(String::from("gpt-5"));
    let _response = ok(
        "createThreadAndRun (POST /threads/runs, example request)",
        client.threads().create_and_run(&request).await,
    );
}

#[tokio::test]
async fn create_thread_and_run_example_stream() {
    let client = client();
    let request = crate::types::CreateThreadAndRunRequest::new(
            String::from("asst_abc123"),
        )
        .thread(
            crate::types::CreateThreadRequest::new()
                .messages(
                    vec![
                        crate::types::CreateMessageRequest::new(
                            crate::types::CreateMessageRequestRole::User,
                            crate::types::CreateMessageRequestContent::String(
                                String::from("Analyze this data"),
                            ),
                        ),
                    ],
                ),
        )
        .model(String::from("gpt-5"));
    let mut events = ok(
        "createThreadAndRun (POST /threads/runs, example request, streamed)",
        client.threads().create_and_run_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createThreadAndRun (POST /threads/runs, example request, streamed)", event);
    }
}

#[tokio::test]
async fn create_thread_and_run_minimal() {
    let client = client();
    let request = crate::types::CreateThreadAndRunRequest::new(String::from("sample"));
    let _response = ok(
        "createThreadAndRun (POST /threads/runs, minimal request)",
        client.threads().create_and_run(&request).await,
    );
}

#[tokio::test]
async fn create_thread_and_run_minimal_stream() {
    let client = client();
    let request = crate::types::CreateThreadAndRunRequest::new(String::from("sample"));
    let mut events = ok(
        "createThreadAndRun (POST /threads/runs, minimal request, streamed)",
        client.threads().create_and_run_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createThreadAndRun (POST /threads/runs, minimal request, streamed)", event);
    }
}

#[tokio::test]
async fn create_thread_and_run_full() {
    let client = client();
    let request = crate::types::CreateThreadAndRunRequest::new(String::from("sample"))
        .thread(
            crate::types::CreateThreadRequest::new()
                .messages(
                    vec![
                        crate::types::CreateMessageRequest::new(
                            crate::types::CreateMessageRequestRole::User,
                            crate::types::CreateMessageRequestContent::String(
                                String::from("sample"),
                            ),
                        ),
                    ],
                )
                .tool_resources(crate::types::CreateToolResources::new())
                .metadata(::std::collections::BTreeMap::<String, String>::from([])),
        )
        .model(String::from("sample"))
        .instructions(String::from("sample"))
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
            ],
        )
        .tool_resources(
            crate::types::ToolResources::new()
                .code_interpreter(crate::types::ToolResourcesCodeInterpreter::new())
                .file_search(crate::types::ToolResourcesFileSearch::new()),
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .temperature(1.5f64)
        .top_p(0.5f64)
        .max_prompt_tokens(256i64)
        .max_completion_tokens(256i64)
        .truncation_strategy(
            crate::types::TruncationObject::new(crate::types::TruncationObjectType::Auto)
                .last_messages(1i64),
        )
        .tool_choice(
            crate::types::AssistantsApiToolChoiceOption::Enum(
                crate::types::AssistantsApiToolChoiceOptionEnum::None,
            ),
        )
        .parallel_tool_calls(false)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::Enum(
                crate::types::AssistantsApiResponseFormatOptionEnum::Auto,
            ),
        );
    let _response = ok(
        "createThreadAndRun (POST /threads/runs, full request)",
        client.threads().create_and_run(&request).await,
    );
}

#[tokio::test]
async fn create_thread_and_run_full_stream() {
    let client = client();
    let request = crate::types::CreateThreadAndRunRequest::new(String::from("sample"))
        .thread(
            crate::types::CreateThreadRequest::new()
                .messages(
                    vec![
                        crate::types::CreateMessageRequest::new(
                            crate::types::CreateMessageRequestRole::User,
                            crate::types::CreateMessageRequestContent::String(
                                String::from("sample"),
                            ),
                        ),
                    ],
                )
                .tool_resources(crate::types::CreateToolResources::new())
                .metadata(::std::collections::BTreeMap::<String, String>::from([])),
        )
        .model(String::from("sample"))
        .instructions(String::from("sample"))
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
            ],
        )
        .tool_resources(
            crate::types::ToolResources::new()
                .code_interpreter(crate::types::ToolResourcesCodeInterpreter::new())
                .file_search(crate::types::ToolResourcesFileSearch::new()),
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .temperature(1.5f64)
        .top_p(0.5f64)
        .max_prompt_tokens(256i64)
        .max_completion_tokens(256i64)
        .truncation_strategy(
            crate::types::TruncationObject::new(crate::types::TruncationObjectType::Auto)
                .last_messages(1i64),
        )
        .tool_choice(
            crate::types::AssistantsApiToolChoiceOption::Enum(
                crate::types::AssistantsApiToolChoiceOptionEnum::None,
            ),
        )
        .parallel_tool_calls(false)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::Enum(
                crate::types::AssistantsApiResponseFormatOptionEnum::Auto,
            ),
        );
    let mut events = ok(
        "createThreadAndRun (POST /threads/runs, full request, streamed)",
        client.threads().create_and_run_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createThreadAndRun (POST /threads/runs, full request, streamed)", event);
    }
}

#[tokio::test]
async fn list_runs_minimal() {
    let client = client();
    let params = crate::types::ListRunsParams::new();
    let _response = ok(
        "listRuns (GET /threads/{thread_id}/runs, minimal request)",
        client.threads().runs().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_runs_full() {
    let client = client();
    let params = crate::types::ListRunsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"));
    let _response = ok(
        "listRuns (GET /threads/{thread_id}/runs, full request)",
        client.threads().runs().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_run_example() {
    let client = client();
    let params = crate::types::CreateRunParams::new();
    let request = crate::types::CreateRunRequest::new(String::from("asst_abc123"))
        .model(String::from("gpt-5"))
        .instructions(
            String::from("Focus on quarterly trends and year-over-year growth"),
        )
        .additional_instructions(String::from("Use clear visualizations"))
        .additional_messages(
            vec![
                crate::types::CreateMessageRequest::new(
                    crate::types::CreateMessageRequestRole::User,
                    crate::types::CreateMessageRequestContent::String(
                        String::from("Also compare with industry benchmarks"),
                    ),
                ),
            ],
        )
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
                crate::types::AssistantTool::FileSearch(
                    crate::types::AssistantToolsFileSearch::new(),
                ),
            ],
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("analysis_type"), String::from("quarterly_review"))]),
        )
        .temperature(0.7f64)
        .top_p(0.9f64)
        .max_prompt_tokens(5000i64)
        .max_completion_tokens(2000i64)
        .truncation_strategy(
            crate::types::TruncationObject::new(
                    crate::types::TruncationObjectType::LastMessages,
                )
                .last_messages(10i64),
        )
        .tool_choice(
            crate::types::AssistantsApiToolChoiceOption::Enum(
                crate::types::AssistantsApiToolChoiceOptionEnum::Auto,
            ),
        )
        .parallel_tool_calls(true)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::ResponseFormat(
                crate::types::ResponseFormat::JsonObject(
                    crate::types::ResponseFormatJsonObject::new(),
                ),
            ),
        );
    let _response = ok(
        "createRun (POST /threads/{thread_id}/runs, example request)",
        client.threads().runs().create("sample", &params, &request).await,
    );
}

#[tokio::test]
async fn create_run_example_stream() {
    let client = client();
    let params = crate::types::CreateRunParams::new();
    let request = crate::types::CreateRunRequest::new(String::from("asst_abc123"))
        .model(String::from("gpt-5"))
        .instructions(
            String::from("Focus on quarterly trends and year-over-year growth"),
        )
        .additional_instructions(String::from("Use clear visualizations"))
        .additional_messages(
            vec![
                crate::types::CreateMessageRequest::new(
                    crate::types::CreateMessageRequestRole::User,
                    crate::types::CreateMessageRequestContent::String(
                        String::from("Also compare with industry benchmarks"),
                    ),
                ),
            ],
        )
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
                crate::types::AssistantTool::FileSearch(
                    crate::types::AssistantToolsFileSearch::new(),
                ),
            ],
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("analysis_type"), String::from("quarterly_review"))]),
        )
        .temperature(0.7f64)
        .top_p(0.9f64)
        .max_prompt_tokens(5000i64)
        .max_completion_tokens(2000i64)
        .truncation_strategy(
            crate::types::TruncationObject::new(
                    crate::types::TruncationObjectType::LastMessages,
                )
                .last_messages(10i64),
        )
        .tool_choice(
            crate::types::AssistantsApiToolChoiceOption::Enum(
                crate::types::AssistantsApiToolChoiceOptionEnum::Auto,
            ),
        )
        .parallel_tool_calls(true)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::ResponseFormat(
                crate::types::ResponseFormat::JsonObject(
                    crate::types::ResponseFormatJsonObject::new(),
                ),
            ),
        );
    let mut events = ok(
        "createRun (POST /threads/{thread_id}/runs, example request, streamed)",
        client.threads().runs().create_stream("sample", &params, &request).await,
    );
    while let Some(event) = events.next().await {
        ok(
            "createRun (POST /threads/{thread_id}/runs, example request, streamed)",
            event,
        );
    }
}

#[tokio::test]
async fn create_run_minimal() {
    let client = client();
    let params = crate::types::CreateRunParams::new();
    let request = crate::types::CreateRunRequest::new(String::from("sample"));
    let _response = ok(
        "createRun (POST /threads/{thread_id}/runs, minimal request)",
        client.threads().runs().create("sample", &params, &request).await,
    );
}

#[tokio::test]
async fn create_run_minimal_stream() {
    let client = client();
    let params = crate::types::CreateRunParams::new();
    let request = crate::types::CreateRunRequest::new(String::from("sample"));
    let mut events = ok(
        "createRun (POST /threads/{thread_id}/runs, minimal request, streamed)",
        client.threads().runs().create_stream("sample", &params, &request).await,
    );
    while let Some(event) = events.next().await {
        ok(
            "createRun (POST /threads/{thread_id}/runs, minimal request, streamed)",
            event,
        );
    }
}

#[tokio::test]
async fn create_run_full() {
    let client = client();
    let params = crate::types::CreateRunParams::new()
        .include(
            vec![
                crate::types::RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent,
            ],
        );
    let request = crate::types::CreateRunRequest::new(String::from("sample"))
        .model(String::from("sample"))
        .reasoning_effort(crate::types::ReasoningEffort::None)
        .instructions(String::from("sample"))
        .additional_instructions(String::from("sample"))
        .additional_messages(
            vec![
                crate::types::CreateMessageRequest::new(
                        crate::types::CreateMessageRequestRole::User,
                        crate::types::CreateMessageRequestContent::String(
                            String::from("sample"),
                        ),
                    )
                    .attachments(vec![crate::types::MessageAttachment::new()])
                    .metadata(::std::collections::BTreeMap::<String, String>::from([])),
            ],
        )
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
            ],
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .temperature(1.5f64)
        .top_p(0.5f64)
        .max_prompt_tokens(256i64)
        .max_completion_tokens(256i64)
        .truncation_strategy(
            crate::types::TruncationObject::new(crate::types::TruncationObjectType::Auto)
                .last_messages(1i64),
        )
        .tool_choice(
            crate::types::AssistantsApiToolChoiceOption::Enum(
                crate::types::AssistantsApiToolChoiceOptionEnum::None,
            ),
        )
        .parallel_tool_calls(false)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::Enum(
                crate::types::AssistantsApiResponseFormatOptionEnum::Auto,
            ),
        );
    let _response = ok(
        "createRun (POST /threads/{thread_id}/runs, full request)",
        client.threads().runs().create("sample", &params, &request).await,
    );
}

#[tokio::test]
async fn create_run_full_stream() {
    let client = client();
    let params = crate::types::CreateRunParams::new()
        .include(
            vec![
                crate::types::RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent,
            ],
        );
    let request = crate::types::CreateRunRequest::new(String::from("sample"))
        .model(String::from("sample"))
        .reasoning_effort(crate::types::ReasoningEffort::None)
        .instructions(String::from("sample"))
        .additional_instructions(String::from("sample"))
        .additional_messages(
            vec![
                crate::types::CreateMessageRequest::new(
                        crate::types::CreateMessageRequestRole::User,
                        crate::types::CreateMessageRequestContent::String(
                            String::from("sample"),
                        ),
                    )
                    .attachments(vec![crate::types::MessageAttachment::new()])
                    .metadata(::std::collections::BTreeMap::<String, String>::from([])),
            ],
        )
        .tools(
            vec![
                crate::types::AssistantTool::CodeInterpreter(
                    crate::types::AssistantToolsCode::new(),
                ),
            ],
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        )
        .temperature(1.5f64)
        .top_p(0.5f64)
        .max_prompt_tokens(256i64)
        .max_completion_tokens(256i64)
        .truncation_strategy(
            crate::types::TruncationObject::new(crate::types::TruncationObjectType::Auto)
                .last_messages(1i64),
        )
        .tool_choice(
            crate::types::AssistantsApiToolChoiceOption::Enum(
                crate::types::AssistantsApiToolChoiceOptionEnum::None,
            ),
        )
        .parallel_tool_calls(false)
        .response_format(
            crate::types::AssistantsApiResponseFormatOption::Enum(
                crate::types::AssistantsApiResponseFormatOptionEnum::Auto,
            ),
        );
    let mut events = ok(
        "createRun (POST /threads/{thread_id}/runs, full request, streamed)",
        client.threads().runs().create_stream("sample", &params, &request).await,
    );
    while let Some(event) = events.next().await {
        ok("createRun (POST /threads/{thread_id}/runs, full request, streamed)", event);
    }
}

#[tokio::test]
async fn get_run_minimal() {
    let client = client();
    let _response = ok(
        "getRun (GET /threads/{thread_id}/runs/{run_id}, minimal request)",
        client.threads().runs().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn modify_run_minimal() {
    let client = client();
    let request = crate::types::ModifyRunRequest::new();
    let _response = ok(
        "modifyRun (POST /threads/{thread_id}/runs/{run_id}, minimal request)",
        client.threads().runs().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn modify_run_full() {
    let client = client();
    let request = crate::types::ModifyRunRequest::new()
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "modifyRun (POST /threads/{thread_id}/runs/{run_id}, full request)",
        client.threads().runs().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn cancel_run_minimal() {
    let client = client();
    let _response = ok(
        "cancelRun (POST /threads/{thread_id}/runs/{run_id}/cancel, minimal request)",
        client.threads().runs().cancel("sample", "sample").await,
    );
}

#[tokio::test]
async fn submit_tool_ouputs_to_run_example() {
    let client = client();
    let request = crate::types::SubmitToolOutputsRunRequest::new(
        vec![
            crate::types::SubmitToolOutputsRunRequestToolOutputsItem::new()
                .tool_call_id(String::from("call_abc123"))
                .output(String::from("{\"result\": \"Chart created successfully\"}")),
        ],
    );
    let _response = ok(
        "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, example request)",
        client.threads().runs().submit_tool_outputs("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn submit_tool_ouputs_to_run_example_stream() {
    let client = client();
    let request = crate::types::SubmitToolOutputsRunRequest::new(
        vec![
            crate::types::SubmitToolOutputsRunRequestToolOutputsItem::new()
                .tool_call_id(String::from("call_abc123"))
                .output(String::from("{\"result\": \"Chart created successfully\"}")),
        ],
    );
    let mut events = ok(
        "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, example request, streamed)",
        client
            .threads()
            .runs()
            .submit_tool_outputs_stream("sample", "sample", &request)
            .await,
    );
    while let Some(event) = events.next().await {
        ok(
            "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, example request, streamed)",
            event,
        );
    }
}

#[tokio::test]
async fn submit_tool_ouputs_to_run_minimal() {
    let client = client();
    let request = crate::types::SubmitToolOutputsRunRequest::new(
        vec![crate::types::SubmitToolOutputsRunRequestToolOutputsItem::new()],
    );
    let _response = ok(
        "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, minimal request)",
        client.threads().runs().submit_tool_outputs("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn submit_tool_ouputs_to_run_minimal_stream() {
    let client = client();
    let request = crate::types::SubmitToolOutputsRunRequest::new(
        vec![crate::types::SubmitToolOutputsRunRequestToolOutputsItem::new()],
    );
    let mut events = ok(
        "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, minimal request, streamed)",
        client
            .threads()
            .runs()
            .submit_tool_outputs_stream("sample", "sample", &request)
            .await,
    );
    while let Some(event) = events.next().await {
        ok(
            "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, minimal request, streamed)",
            event,
        );
    }
}

#[tokio::test]
async fn submit_tool_ouputs_to_run_full() {
    let client = client();
    let request = crate::types::SubmitToolOutputsRunRequest::new(
        vec![
            crate::types::SubmitToolOutputsRunRequestToolOutputsItem::new()
                .tool_call_id(String::from("sample"))
                .output(String::from("sample")),
        ],
    );
    let _response = ok(
        "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, full request)",
        client.threads().runs().submit_tool_outputs("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn submit_tool_ouputs_to_run_full_stream() {
    let client = client();
    let request = crate::types::SubmitToolOutputsRunRequest::new(
        vec![
            crate::types::SubmitToolOutputsRunRequestToolOutputsItem::new()
                .tool_call_id(String::from("sample"))
                .output(String::from("sample")),
        ],
    );
    let mut events = ok(
        "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, full request, streamed)",
        client
            .threads()
            .runs()
            .submit_tool_outputs_stream("sample", "sample", &request)
            .await,
    );
    while let Some(event) = events.next().await {
        ok(
            "submitToolOuputsToRun (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs, full request, streamed)",
            event,
        );
    }
}

#[tokio::test]
async fn list_run_steps_minimal() {
    let client = client();
    let params = crate::types::ListRunStepsParams::new();
    let _response = ok(
        "listRunSteps (GET /threads/{thread_id}/runs/{run_id}/steps, minimal request)",
        client.threads().runs().steps().list("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn list_run_steps_full() {
    let client = client();
    let params = crate::types::ListRunStepsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"))
        .include(
            vec![
                crate::types::RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent,
            ],
        );
    let _response = ok(
        "listRunSteps (GET /threads/{thread_id}/runs/{run_id}/steps, full request)",
        client.threads().runs().steps().list("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn get_run_step_minimal() {
    let client = client();
    let params = crate::types::GetRunStepParams::new();
    let _response = ok(
        "getRunStep (GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}, minimal request)",
        client
            .threads()
            .runs()
            .steps()
            .retrieve("sample", "sample", "sample", &params)
            .await,
    );
}

#[tokio::test]
async fn get_run_step_full() {
    let client = client();
    let params = crate::types::GetRunStepParams::new()
        .include(
            vec![
                crate::types::RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent,
            ],
        );
    let _response = ok(
        "getRunStep (GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}, full request)",
        client
            .threads()
            .runs()
            .steps()
            .retrieve("sample", "sample", "sample", &params)
            .await,
    );
}

#[tokio::test]
async fn list_messages_minimal() {
    let client = client();
    let params = crate::types::ListMessagesParams::new();
    let _response = ok(
        "listMessages (GET /threads/{thread_id}/messages, minimal request)",
        client.threads().messages().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_messages_full() {
    let client = client();
    let params = crate::types::ListMessagesParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"))
        .run_id(String::from("sample"));
    let _response = ok(
        "listMessages (GET /threads/{thread_id}/messages, full request)",
        client.threads().messages().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_message_example() {
    let client = client();
    let request = crate::types::CreateMessageRequest::new(
            crate::types::CreateMessageRequestRole::User,
            crate::types::CreateMessageRequestContent::String(
                String::from("What are the key insights from the analysis?"),
            ),
        )
        .attachments(
            vec![
                crate::types::MessageAttachment::new()
                    .file_id(String::from("file-xyz789"))
                    .tools(
                        vec![
                            crate::types::MessageAttachmentTool::FileSearch(
                                crate::types::AssistantToolsFileSearchTypeOnly::new(),
                            ),
                        ],
                    ),
            ],
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([
                (String::from("priority"), String::from("high")),
                (String::from("category"), String::from("analysis")),
            ]),
        );
    let _response = ok(
        "createMessage (POST /threads/{thread_id}/messages, example request)",
        client.threads().messages().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_message_minimal() {
    let client = client();
    let request = crate::types::CreateMessageRequest::new(
        crate::types::CreateMessageRequestRole::User,
        crate::types::CreateMessageRequestContent::String(String::from("sample")),
    );
    let _response = ok(
        "createMessage (POST /threads/{thread_id}/messages, minimal request)",
        client.threads().messages().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_message_full() {
    let client = client();
    let request = crate::types::CreateMessageRequest::new(
            crate::types::CreateMessageRequestRole::User,
            crate::types::CreateMessageRequestContent::String(String::from("sample")),
        )
        .attachments(
            vec![
                crate::types::MessageAttachment::new()
                    .file_id(String::from("sample"))
                    .tools(
                        vec![
                            crate::types::MessageAttachmentTool::CodeInterpreter(
                                crate::types::AssistantToolsCode::new(),
                            ),
                        ],
                    ),
            ],
        )
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "createMessage (POST /threads/{thread_id}/messages, full request)",
        client.threads().messages().create("sample", &request).await,
    );
}

#[tokio::test]
async fn get_message_minimal() {
    let client = client();
    let _response = ok(
        "getMessage (GET /threads/{thread_id}/messages/{message_id}, minimal request)",
        client.threads().messages().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn modify_message_example() {
    let client = client();
    let request = crate::types::ModifyMessageRequest::new()
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([
                (String::from("reviewed"), String::from("true")),
                (String::from("rating"), String::from("5")),
            ]),
        );
    let _response = ok(
        "modifyMessage (POST /threads/{thread_id}/messages/{message_id}, example request)",
        client.threads().messages().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn modify_message_minimal() {
    let client = client();
    let request = crate::types::ModifyMessageRequest::new();
    let _response = ok(
        "modifyMessage (POST /threads/{thread_id}/messages/{message_id}, minimal request)",
        client.threads().messages().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn modify_message_full() {
    let client = client();
    let request = crate::types::ModifyMessageRequest::new()
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "modifyMessage (POST /threads/{thread_id}/messages/{message_id}, full request)",
        client.threads().messages().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn delete_message_minimal() {
    let client = client();
    let _response = ok(
        "deleteMessage (DELETE /threads/{thread_id}/messages/{message_id}, minimal request)",
        client.threads().messages().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn list_models_minimal() {
    let client = client();
    let _response = ok(
        "listModels (GET /models, minimal request)",
        client.models().list().await,
    );
}

#[tokio::test]
async fn retrieve_model_minimal() {
    let client = client();
    let _response = ok(
        "retrieveModel (GET /models/{model}, minimal request)",
        client.models().retrieve("sample").await,
    );
}

#[tokio::test]
async fn delete_model_minimal() {
    let client = client();
    let _response = ok(
        "deleteModel (DELETE /models/{model}, minimal request)",
        client.models().delete("sample").await,
    );
}

#[tokio::test]
async fn list_projects_minimal() {
    let client = client();
    let params = crate::types::ListProjectsParams::new();
    let _response = ok(
        "list-projects (GET /organization/projects, minimal request)",
        client.admin().projects().list(&params).await,
    );
}

#[tokio::test]
async fn list_projects_full() {
    let client = client();
    let params = crate::types::ListProjectsParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .include_archived(false);
    let _response = ok(
        "list-projects (GET /organization/projects, full request)",
        client.admin().projects().list(&params).await,
    );
}

#[tokio::test]
async fn create_project_minimal() {
    let client = client();
    let request = crate::types::ProjectCreateRequest::new(String::from("sample"));
    let _response = ok(
        "create-project (POST /organization/projects, minimal request)",
        client.admin().projects().create(&request).await,
    );
}

#[tokio::test]
async fn create_project_full() {
    let client = client();
    let request = crate::types::ProjectCreateRequest::new(String::from("sample"))
        .residency(crate::types::PublicProjectResidency::Global)
        .external_key_id(String::from("sample"));
    let _response = ok(
        "create-project (POST /organization/projects, full request)",
        client.admin().projects().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_project_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project (GET /organization/projects/{project_id}, minimal request)",
        client.admin().projects().retrieve("sample").await,
    );
}

#[tokio::test]
async fn modify_project_minimal() {
    let client = client();
    let request = crate::types::ProjectUpdateRequest::new();
    let _response = ok(
        "modify-project (POST /organization/projects/{project_id}, minimal request)",
        client.admin().projects().update("sample", &request).await,
    );
}

#[tokio::test]
async fn modify_project_full() {
    let client = client();
    let request = crate::types::ProjectUpdateRequest::new()
        .name(String::from("sample"))
        .external_key_id(String::from("sample"));
    let _response = ok(
        "modify-project (POST /organization/projects/{project_id}, full request)",
        client.admin().projects().update("sample", &request).await,
    );
}

#[tokio::test]
async fn archive_project_minimal() {
    let client = client();
    let _response = ok(
        "archive-project (POST /organization/projects/{project_id}/archive, minimal request)",
        client.admin().projects().archive("sample").await,
    );
}

#[tokio::test]
async fn list_project_api_keys_minimal() {
    let client = client();
    let params = crate::types::ListProjectApiKeysParams::new();
    let _response = ok(
        "list-project-api-keys (GET /organization/projects/{project_id}/api_keys, minimal request)",
        client.admin().projects().api_keys().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_api_keys_full() {
    let client = client();
    let params = crate::types::ListProjectApiKeysParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .owner_project_access(
            crate::types::ListProjectApiKeysOwnerProjectAccess::Active,
        );
    let _response = ok(
        "list-project-api-keys (GET /organization/projects/{project_id}/api_keys, full request)",
        client.admin().projects().api_keys().list("sample", &params).await,
    );
}

#[tokio::test]
async fn retrieve_project_api_key_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-api-key (GET /organization/projects/{project_id}/api_keys/{api_key_id}, minimal request)",
        client.admin().projects().api_keys().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn delete_project_api_key_minimal() {
    let client = client();
    let _response = ok(
        "delete-project-api-key (DELETE /organization/projects/{project_id}/api_keys/{api_key_id}, minimal request)",
        client.admin().projects().api_keys().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn retrieve_project_model_permissions_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-model-permissions (GET /organization/projects/{project_id}/model_permissions, minimal request)",
        client.admin().projects().model_permissions().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_project_model_permissions_minimal() {
    let client = client();
    let request = crate::types::ProjectModelPermissionsUpdateRequest::new(
        crate::types::ProjectModelPermissionsMode::AllowList,
        vec![String::from("sample")],
    );
    let _response = ok(
        "update-project-model-permissions (POST /organization/projects/{project_id}/model_permissions, minimal request)",
        client.admin().projects().model_permissions().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_project_model_permissions_minimal() {
    let client = client();
    let _response = ok(
        "delete-project-model-permissions (DELETE /organization/projects/{project_id}/model_permissions, minimal request)",
        client.admin().projects().model_permissions().delete("sample").await,
    );
}

#[tokio::test]
async fn list_project_rate_limits_minimal() {
    let client = client();
    let params = crate::types::ListProjectRateLimitsParams::new();
    let _response = ok(
        "list-project-rate-limits (GET /organization/projects/{project_id}/rate_limits, minimal request)",
        client.admin().projects().rate_limits().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_rate_limits_full() {
    let client = client();
    let params = crate::types::ListProjectRateLimitsParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .before(String::from("sample"));
    let _response = ok(
        "list-project-rate-limits (GET /organization/projects/{project_id}/rate_limits, full request)",
        client.admin().projects().rate_limits().list("sample", &params).await,
    );
}

#[tokio::test]
async fn update_project_rate_limits_minimal() {
    let client = client();
    let request = crate::types::ProjectRateLimitUpdateRequest::new();
    let _response = ok(
        "update-project-rate-limits (POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}, minimal request)",
        client
            .admin()
            .projects()
            .rate_limits()
            .update("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn update_project_rate_limits_full() {
    let client = client();
    let request = crate::types::ProjectRateLimitUpdateRequest::new()
        .max_requests_per_1_minute(1i64)
        .max_tokens_per_1_minute(1i64)
        .max_images_per_1_minute(1i64)
        .max_audio_megabytes_per_1_minute(1i64)
        .max_requests_per_1_day(1i64)
        .batch_1_day_max_input_tokens(1i64);
    let _response = ok(
        "update-project-rate-limits (POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}, full request)",
        client
            .admin()
            .projects()
            .rate_limits()
            .update("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn list_project_service_accounts_minimal() {
    let client = client();
    let params = crate::types::ListProjectServiceAccountsParams::new();
    let _response = ok(
        "list-project-service-accounts (GET /organization/projects/{project_id}/service_accounts, minimal request)",
        client.admin().projects().service_accounts().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_service_accounts_full() {
    let client = client();
    let params = crate::types::ListProjectServiceAccountsParams::new()
        .limit(1i64)
        .after(String::from("sample"));
    let _response = ok(
        "list-project-service-accounts (GET /organization/projects/{project_id}/service_accounts, full request)",
        client.admin().projects().service_accounts().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_project_service_account_minimal() {
    let client = client();
    let request = crate::types::ProjectServiceAccountCreateRequest::new(
        String::from("sample"),
    );
    let _response = ok(
        "create-project-service-account (POST /organization/projects/{project_id}/service_accounts, minimal request)",
        client.admin().projects().service_accounts().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_project_service_account_full() {
    let client = client();
    let request = crate::types::ProjectServiceAccountCreateRequest::new(
            String::from("sample"),
        )
        .create_service_account_only(false);
    let _response = ok(
        "create-project-service-account (POST /organization/projects/{project_id}/service_accounts, full request)",
        client.admin().projects().service_accounts().create("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_project_service_account_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-service-account (GET /organization/projects/{project_id}/service_accounts/{service_account_id}, minimal request)",
        client.admin().projects().service_accounts().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn update_project_service_account_minimal() {
    let client = client();
    let request = crate::types::UpdateProjectServiceAccountBody::new();
    let _response = ok(
        "update-project-service-account (POST /organization/projects/{project_id}/service_accounts/{service_account_id}, minimal request)",
        client
            .admin()
            .projects()
            .service_accounts()
            .update("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn update_project_service_account_full() {
    let client = client();
    let request = crate::types::UpdateProjectServiceAccountBody::new()
        .name(String::from("sample"))
        .role(crate::types::UpdateProjectServiceAccountBodyRole::Member);
    let _response = ok(
        "update-project-service-account (POST /organization/projects/{project_id}/service_accounts/{service_account_id}, full request)",
        client
            .admin()
            .projects()
            .service_accounts()
            .update("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn delete_project_service_account_minimal() {
    let client = client();
    let _response = ok(
        "delete-project-service-account (DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}, minimal request)",
        client.admin().projects().service_accounts().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn createan_ap_ikeyforaserviceaccount_minimal() {
    let client = client();
    let request = crate::types::CreateProjectServiceAccountApiKeyBody::new();
    let _response = ok(
        "CreateanAPIkeyforaserviceaccount (POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys, minimal request)",
        client
            .admin()
            .projects()
            .service_accounts()
            .api_keys()
            .create("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn createan_ap_ikeyforaserviceaccount_full() {
    let client = client();
    let request = crate::types::CreateProjectServiceAccountApiKeyBody::new()
        .name(String::from("sample"))
        .scopes(vec![String::from("sample")]);
    let _response = ok(
        "CreateanAPIkeyforaserviceaccount (POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys, full request)",
        client
            .admin()
            .projects()
            .service_accounts()
            .api_keys()
            .create("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn list_project_users_minimal() {
    let client = client();
    let params = crate::types::ListProjectUsersParams::new();
    let _response = ok(
        "list-project-users (GET /organization/projects/{project_id}/users, minimal request)",
        client.admin().projects().users().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_users_full() {
    let client = client();
    let params = crate::types::ListProjectUsersParams::new()
        .limit(1i64)
        .after(String::from("sample"));
    let _response = ok(
        "list-project-users (GET /organization/projects/{project_id}/users, full request)",
        client.admin().projects().users().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_project_user_minimal() {
    let client = client();
    let request = crate::types::ProjectUserCreateRequest::new(String::from("sample"));
    let _response = ok(
        "create-project-user (POST /organization/projects/{project_id}/users, minimal request)",
        client.admin().projects().users().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_project_user_full() {
    let client = client();
    let request = crate::types::ProjectUserCreateRequest::new(String::from("sample"))
        .user_id(String::from("sample"))
        .email(String::from("sample"));
    let _response = ok(
        "create-project-user (POST /organization/projects/{project_id}/users, full request)",
        client.admin().projects().users().create("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_project_user_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-user (GET /organization/projects/{project_id}/users/{user_id}, minimal request)",
        client.admin().projects().users().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn modify_project_user_minimal() {
    let client = client();
    let request = crate::types::ProjectUserUpdateRequest::new();
    let _response = ok(
        "modify-project-user (POST /organization/projects/{project_id}/users/{user_id}, minimal request)",
        client.admin().projects().users().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn modify_project_user_full() {
    let client = client();
    let request = crate::types::ProjectUserUpdateRequest::new()
        .role(String::from("sample"));
    let _response = ok(
        "modify-project-user (POST /organization/projects/{project_id}/users/{user_id}, full request)",
        client.admin().projects().users().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn delete_project_user_minimal() {
    let client = client();
    let _response = ok(
        "delete-project-user (DELETE /organization/projects/{project_id}/users/{user_id}, minimal request)",
        client.admin().projects().users().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn list_users_minimal() {
    let client = client();
    let params = crate::types::ListUsersParams::new();
    let _response = ok(
        "list-users (GET /organization/users, minimal request)",
        client.admin().users().list(&params).await,
    );
}

#[tokio::test]
async fn list_users_full() {
    let client = client();
    let params = crate::types::ListUsersParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .emails(vec![String::from("sample")]);
    let _response = ok(
        "list-users (GET /organization/users, full request)",
        client.admin().users().list(&params).await,
    );
}

#[tokio::test]
async fn retrieve_user_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-user (GET /organization/users/{user_id}, minimal request)",
        client.admin().users().retrieve("sample").await,
    );
}

#[tokio::test]
async fn modify_user_minimal() {
    let client = client();
    let request = crate::types::UserRoleUpdateRequest::new();
    let _response = ok(
        "modify-user (POST /organization/users/{user_id}, minimal request)",
        client.admin().users().update("sample", &request).await,
    );
}

#[tokio::test]
async fn modify_user_full() {
    let client = client();
    let request = crate::types::UserRoleUpdateRequest::new()
        .role(String::from("sample"))
        .role_id(String::from("sample"))
        .technical_level(String::from("sample"))
        .developer_persona(String::from("sample"));
    let _response = ok(
        "modify-user (POST /organization/users/{user_id}, full request)",
        client.admin().users().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_user_minimal() {
    let client = client();
    let _response = ok(
        "delete-user (DELETE /organization/users/{user_id}, minimal request)",
        client.admin().users().delete("sample").await,
    );
}

#[tokio::test]
async fn list_invites_minimal() {
    let client = client();
    let params = crate::types::ListInvitesParams::new();
    let _response = ok(
        "list-invites (GET /organization/invites, minimal request)",
        client.admin().invites().list(&params).await,
    );
}

#[tokio::test]
async fn list_invites_full() {
    let client = client();
    let params = crate::types::ListInvitesParams::new()
        .limit(1i64)
        .after(String::from("sample"));
    let _response = ok(
        "list-invites (GET /organization/invites, full request)",
        client.admin().invites().list(&params).await,
    );
}

#[tokio::test]
async fn invite_user_minimal() {
    let client = client();
    let request = crate::types::InviteRequest::new(
        String::from("sample"),
        crate::types::InviteRole::Owner,
    );
    let _response = ok(
        "inviteUser (POST /organization/invites, minimal request)",
        client.admin().invites().create(&request).await,
    );
}

#[tokio::test]
async fn invite_user_full() {
    let client = client();
    let request = crate::types::InviteRequest::new(
            String::from("sample"),
            crate::types::InviteRole::Owner,
        )
        .projects(
            vec![
                crate::types::InviteProject::new(
                    String::from("sample"),
                    crate::types::InviteProjectRole::Member,
                ),
            ],
        );
    let _response = ok(
        "inviteUser (POST /organization/invites, full request)",
        client.admin().invites().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_invite_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-invite (GET /organization/invites/{invite_id}, minimal request)",
        client.admin().invites().retrieve("sample").await,
    );
}

#[tokio::test]
async fn delete_invite_minimal() {
    let client = client();
    let _response = ok(
        "delete-invite (DELETE /organization/invites/{invite_id}, minimal request)",
        client.admin().invites().delete("sample").await,
    );
}

#[tokio::test]
async fn list_groups_minimal() {
    let client = client();
    let params = crate::types::ListGroupsParams::new();
    let _response = ok(
        "list-groups (GET /organization/groups, minimal request)",
        client.admin().groups().list(&params).await,
    );
}

#[tokio::test]
async fn list_groups_full() {
    let client = client();
    let params = crate::types::ListGroupsParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-groups (GET /organization/groups, full request)",
        client.admin().groups().list(&params).await,
    );
}

#[tokio::test]
async fn create_group_minimal() {
    let client = client();
    let request = crate::types::CreateGroupBody::new(String::from("sample"));
    let _response = ok(
        "create-group (POST /organization/groups, minimal request)",
        client.admin().groups().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_group_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-group (GET /organization/groups/{group_id}, minimal request)",
        client.admin().groups().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_group_minimal() {
    let client = client();
    let request = crate::types::UpdateGroupBody::new(String::from("sample"));
    let _response = ok(
        "update-group (POST /organization/groups/{group_id}, minimal request)",
        client.admin().groups().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_group_minimal() {
    let client = client();
    let _response = ok(
        "delete-group (DELETE /organization/groups/{group_id}, minimal request)",
        client.admin().groups().delete("sample").await,
    );
}

#[tokio::test]
async fn list_group_users_minimal() {
    let client = client();
    let params = crate::types::ListGroupUsersParams::new();
    let _response = ok(
        "list-group-users (GET /organization/groups/{group_id}/users, minimal request)",
        client.admin().groups().users().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_group_users_full() {
    let client = client();
    let params = crate::types::ListGroupUsersParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-group-users (GET /organization/groups/{group_id}/users, full request)",
        client.admin().groups().users().list("sample", &params).await,
    );
}

#[tokio::test]
async fn add_group_user_minimal() {
    let client = client();
    let request = crate::types::CreateGroupUserBody::new(String::from("sample"));
    let _response = ok(
        "add-group-user (POST /organization/groups/{group_id}/users, minimal request)",
        client.admin().groups().users().add("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_group_user_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-group-user (GET /organization/groups/{group_id}/users/{user_id}, minimal request)",
        client.admin().groups().users().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn remove_group_user_minimal() {
    let client = client();
    let _response = ok(
        "remove-group-user (DELETE /organization/groups/{group_id}/users/{user_id}, minimal request)",
        client.admin().groups().users().remove("sample", "sample").await,
    );
}

#[tokio::test]
async fn list_group_role_assignments_minimal() {
    let client = client();
    let params = crate::types::ListGroupRoleAssignmentsParams::new();
    let _response = ok(
        "list-group-role-assignments (GET /organization/groups/{group_id}/roles, minimal request)",
        client.admin().groups().roles().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_group_role_assignments_full() {
    let client = client();
    let params = crate::types::ListGroupRoleAssignmentsParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-group-role-assignments (GET /organization/groups/{group_id}/roles, full request)",
        client.admin().groups().roles().list("sample", &params).await,
    );
}

#[tokio::test]
async fn assign_group_role_minimal() {
    let client = client();
    let request = crate::types::PublicAssignOrganizationGroupRoleBody::new(
        String::from("sample"),
    );
    let _response = ok(
        "assign-group-role (POST /organization/groups/{group_id}/roles, minimal request)",
        client.admin().groups().roles().assign("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_group_role_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-group-role (GET /organization/groups/{group_id}/roles/{role_id}, minimal request)",
        client.admin().groups().roles().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn unassign_group_role_minimal() {
    let client = client();
    let _response = ok(
        "unassign-group-role (DELETE /organization/groups/{group_id}/roles/{role_id}, minimal request)",
        client.admin().groups().roles().unassign("sample", "sample").await,
    );
}

#[tokio::test]
async fn list_roles_minimal() {
    let client = client();
    let params = crate::types::ListRolesParams::new();
    let _response = ok(
        "list-roles (GET /organization/roles, minimal request)",
        client.admin().roles().list(&params).await,
    );
}

#[tokio::test]
async fn list_roles_full() {
    let client = client();
    let params = crate::types::ListRolesParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-roles (GET /organization/roles, full request)",
        client.admin().roles().list(&params).await,
    );
}

#[tokio::test]
async fn create_role_minimal() {
    let client = client();
    let request = crate::types::PublicCreateOrganizationRoleBody::new(
        String::from("sample"),
        vec![String::from("sample")],
    );
    let _response = ok(
        "create-role (POST /organization/roles, minimal request)",
        client.admin().roles().create(&request).await,
    );
}

#[tokio::test]
async fn create_role_full() {
    let client = client();
    let request = crate::types::PublicCreateOrganizationRoleBody::new(
            String::from("sample"),
            vec![String::from("sample")],
        )
        .description(String::from("sample"));
    let _response = ok(
        "create-role (POST /organization/roles, full request)",
        client.admin().roles().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_role_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-role (GET /organization/roles/{role_id}, minimal request)",
        client.admin().roles().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_role_minimal() {
    let client = client();
    let request = crate::types::PublicUpdateOrganizationRoleBody::new();
    let _response = ok(
        "update-role (POST /organization/roles/{role_id}, minimal request)",
        client.admin().roles().update("sample", &request).await,
    );
}

#[tokio::test]
async fn update_role_full() {
    let client = client();
    let request = crate::types::PublicUpdateOrganizationRoleBody::new()
        .permissions(vec![String::from("sample")])
        .description(String::from("sample"))
        .role_name(String::from("sample"));
    let _response = ok(
        "update-role (POST /organization/roles/{role_id}, full request)",
        client.admin().roles().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_role_minimal() {
    let client = client();
    let _response = ok(
        "delete-role (DELETE /organization/roles/{role_id}, minimal request)",
        client.admin().roles().delete("sample").await,
    );
}

#[tokio::test]
async fn list_project_roles_minimal() {
    let client = client();
    let params = crate::types::ListProjectRolesParams::new();
    let _response = ok(
        "list-project-roles (GET /projects/{project_id}/roles, minimal request)",
        client.admin().projects().roles().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_roles_full() {
    let client = client();
    let params = crate::types::ListProjectRolesParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-project-roles (GET /projects/{project_id}/roles, full request)",
        client.admin().projects().roles().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_project_role_minimal() {
    let client = client();
    let request = crate::types::PublicCreateOrganizationRoleBody::new(
        String::from("sample"),
        vec![String::from("sample")],
    );
    let _response = ok(
        "create-project-role (POST /projects/{project_id}/roles, minimal request)",
        client.admin().projects().roles().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_project_role_full() {
    let client = client();
    let request = crate::types::PublicCreateOrganizationRoleBody::new(
            String::from("sample"),
            vec![String::from("sample")],
        )
        .description(String::from("sample"));
    let _response = ok(
        "create-project-role (POST /projects/{project_id}/roles, full request)",
        client.admin().projects().roles().create("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_project_role_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-role (GET /projects/{project_id}/roles/{role_id}, minimal request)",
        client.admin().projects().roles().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn update_project_role_minimal() {
    let client = client();
    let request = crate::types::PublicUpdateOrganizationRoleBody::new();
    let _response = ok(
        "update-project-role (POST /projects/{project_id}/roles/{role_id}, minimal request)",
        client.admin().projects().roles().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn update_project_role_full() {
    let client = client();
    let request = crate::types::PublicUpdateOrganizationRoleBody::new()
        .permissions(vec![String::from("sample")])
        .description(String::from("sample"))
        .role_name(String::from("sample"));
    let _response = ok(
        "update-project-role (POST /projects/{project_id}/roles/{role_id}, full request)",
        client.admin().projects().roles().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn delete_project_role_minimal() {
    let client = client();
    let _response = ok(
        "delete-project-role (DELETE /projects/{project_id}/roles/{role_id}, minimal request)",
        client.admin().projects().roles().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn list_user_role_assignments_minimal() {
    let client = client();
    let params = crate::types::ListUserRoleAssignmentsParams::new();
    let _response = ok(
        "list-user-role-assignments (GET /organization/users/{user_id}/roles, minimal request)",
        client.admin().users().roles().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_user_role_assignments_full() {
    let client = client();
    let params = crate::types::ListUserRoleAssignmentsParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-user-role-assignments (GET /organization/users/{user_id}/roles, full request)",
        client.admin().users().roles().list("sample", &params).await,
    );
}

#[tokio::test]
async fn assign_user_role_minimal() {
    let client = client();
    let request = crate::types::PublicAssignOrganizationGroupRoleBody::new(
        String::from("sample"),
    );
    let _response = ok(
        "assign-user-role (POST /organization/users/{user_id}/roles, minimal request)",
        client.admin().users().roles().assign("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_user_role_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-user-role (GET /organization/users/{user_id}/roles/{role_id}, minimal request)",
        client.admin().users().roles().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn unassign_user_role_minimal() {
    let client = client();
    let _response = ok(
        "unassign-user-role (DELETE /organization/users/{user_id}/roles/{role_id}, minimal request)",
        client.admin().users().roles().unassign("sample", "sample").await,
    );
}

#[tokio::test]
async fn list_project_groups_minimal() {
    let client = client();
    let params = crate::types::ListProjectGroupsParams::new();
    let _response = ok(
        "list-project-groups (GET /organization/projects/{project_id}/groups, minimal request)",
        client.admin().projects().groups().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_groups_full() {
    let client = client();
    let params = crate::types::ListProjectGroupsParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-project-groups (GET /organization/projects/{project_id}/groups, full request)",
        client.admin().projects().groups().list("sample", &params).await,
    );
}

#[tokio::test]
async fn add_project_group_minimal() {
    let client = client();
    let request = crate::types::InviteProjectGroupBody::new(
        String::from("sample"),
        String::from("sample"),
    );
    let _response = ok(
        "add-project-group (POST /organization/projects/{project_id}/groups, minimal request)",
        client.admin().projects().groups().add("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_project_group_minimal() {
    let client = client();
    let params = crate::types::RetrieveProjectGroupParams::new();
    let _response = ok(
        "retrieve-project-group (GET /organization/projects/{project_id}/groups/{group_id}, minimal request)",
        client.admin().projects().groups().retrieve("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn retrieve_project_group_full() {
    let client = client();
    let params = crate::types::RetrieveProjectGroupParams::new()
        .group_type(crate::types::GroupType::Group);
    let _response = ok(
        "retrieve-project-group (GET /organization/projects/{project_id}/groups/{group_id}, full request)",
        client.admin().projects().groups().retrieve("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn remove_project_group_minimal() {
    let client = client();
    let _response = ok(
        "remove-project-group (DELETE /organization/projects/{project_id}/groups/{group_id}, minimal request)",
        client.admin().projects().groups().remove("sample", "sample").await,
    );
}

#[tokio::test]
async fn list_project_group_role_assignments_minimal() {
    let client = client();
    let params = crate::types::ListProjectGroupRoleAssignmentsParams::new();
    let _response = ok(
        "list-project-group-role-assignments (GET /projects/{project_id}/groups/{group_id}/roles, minimal request)",
        client
            .admin()
            .projects()
            .groups()
            .roles()
            .list("sample", "sample", &params)
            .await,
    );
}

#[tokio::test]
async fn list_project_group_role_assignments_full() {
    let client = client();
    let params = crate::types::ListProjectGroupRoleAssignmentsParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-project-group-role-assignments (GET /projects/{project_id}/groups/{group_id}/roles, full request)",
        client
            .admin()
            .projects()
            .groups()
            .roles()
            .list("sample", "sample", &params)
            .await,
    );
}

#[tokio::test]
async fn assign_project_group_role_minimal() {
    let client = client();
    let request = crate::types::PublicAssignOrganizationGroupRoleBody::new(
        String::from("sample"),
    );
    let _response = ok(
        "assign-project-group-role (POST /projects/{project_id}/groups/{group_id}/roles, minimal request)",
        client
            .admin()
            .projects()
            .groups()
            .roles()
            .assign("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn retrieve_project_group_role_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-group-role (GET /projects/{project_id}/groups/{group_id}/roles/{role_id}, minimal request)",
        client
            .admin()
            .projects()
            .groups()
            .roles()
            .retrieve("sample", "sample", "sample")
            .await,
    );
}

#[tokio::test]
async fn unassign_project_group_role_minimal() {
    let client = client();
    let _response = ok(
        "unassign-project-group-role (DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}, minimal request)",
        client
            .admin()
            .projects()
            .groups()
            .roles()
            .unassign("sample", "sample", "sample")
            .await,
    );
}

#[tokio::test]
async fn list_project_user_role_assignments_minimal() {
    let client = client();
    let params = crate::types::ListProjectUserRoleAssignmentsParams::new();
    let _response = ok(
        "list-project-user-role-assignments (GET /projects/{project_id}/users/{user_id}/roles, minimal request)",
        client.admin().projects().users().roles().list("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_user_role_assignments_full() {
    let client = client();
    let params = crate::types::ListProjectUserRoleAssignmentsParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "list-project-user-role-assignments (GET /projects/{project_id}/users/{user_id}/roles, full request)",
        client.admin().projects().users().roles().list("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn assign_project_user_role_minimal() {
    let client = client();
    let request = crate::types::PublicAssignOrganizationGroupRoleBody::new(
        String::from("sample"),
    );
    let _response = ok(
        "assign-project-user-role (POST /projects/{project_id}/users/{user_id}/roles, minimal request)",
        client
            .admin()
            .projects()
            .users()
            .roles()
            .assign("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn retrieve_project_user_role_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-user-role (GET /projects/{project_id}/users/{user_id}/roles/{role_id}, minimal request)",
        client
            .admin()
            .projects()
            .users()
            .roles()
            .retrieve("sample", "sample", "sample")
            .await,
    );
}

#[tokio::test]
async fn unassign_project_user_role_minimal() {
    let client = client();
    let _response = ok(
        "unassign-project-user-role (DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}, minimal request)",
        client
            .admin()
            .projects()
            .users()
            .roles()
            .unassign("sample", "sample", "sample")
            .await,
    );
}

#[tokio::test]
async fn list_organization_certificates_minimal() {
    let client = client();
    let params = crate::types::ListOrganizationCertificatesParams::new();
    let _response = ok(
        "listOrganizationCertificates (GET /organization/certificates, minimal request)",
        client.admin().certificates().list(&params).await,
    );
}

#[tokio::test]
async fn list_organization_certificates_full() {
    let client = client();
    let params = crate::types::ListOrganizationCertificatesParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "listOrganizationCertificates (GET /organization/certificates, full request)",
        client.admin().certificates().list(&params).await,
    );
}

#[tokio::test]
async fn upload_certificate_minimal() {
    let client = client();
    let request = crate::types::UploadCertificateRequest::new(String::from("sample"));
    let _response = ok(
        "uploadCertificate (POST /organization/certificates, minimal request)",
        client.admin().certificates().create(&request).await,
    );
}

#[tokio::test]
async fn upload_certificate_full() {
    let client = client();
    let request = crate::types::UploadCertificateRequest::new(String::from("sample"))
        .name(String::from("sample"));
    let _response = ok(
        "uploadCertificate (POST /organization/certificates, full request)",
        client.admin().certificates().create(&request).await,
    );
}

#[tokio::test]
async fn activate_organization_certificates_minimal() {
    let client = client();
    let request = crate::types::ToggleCertificatesRequest::new(
        vec![String::from("sample")],
    );
    let _response = ok(
        "activateOrganizationCertificates (POST /organization/certificates/activate, minimal request)",
        client.admin().certificates().activate(&request).await,
    );
}

#[tokio::test]
async fn deactivate_organization_certificates_minimal() {
    let client = client();
    let request = crate::types::ToggleCertificatesRequest::new(
        vec![String::from("sample")],
    );
    let _response = ok(
        "deactivateOrganizationCertificates (POST /organization/certificates/deactivate, minimal request)",
        client.admin().certificates().deactivate(&request).await,
    );
}

#[tokio::test]
async fn get_certificate_minimal() {
    let client = client();
    let params = crate::types::GetCertificateParams::new();
    let _response = ok(
        "getCertificate (GET /organization/certificates/{certificate_id}, minimal request)",
        client.admin().certificates().retrieve("sample", &params).await,
    );
}

#[tokio::test]
async fn get_certificate_full() {
    let client = client();
    let params = crate::types::GetCertificateParams::new()
        .include(vec![crate::types::GetCertificateIncludeItem::Content]);
    let _response = ok(
        "getCertificate (GET /organization/certificates/{certificate_id}, full request)",
        client.admin().certificates().retrieve("sample", &params).await,
    );
}

#[tokio::test]
async fn modify_certificate_minimal() {
    let client = client();
    let request = crate::types::ModifyCertificateRequest::new();
    let _response = ok(
        "modifyCertificate (POST /organization/certificates/{certificate_id}, minimal request)",
        client.admin().certificates().update("sample", &request).await,
    );
}

#[tokio::test]
async fn modify_certificate_full() {
    let client = client();
    let request = crate::types::ModifyCertificateRequest::new()
        .name(String::from("sample"));
    let _response = ok(
        "modifyCertificate (POST /organization/certificates/{certificate_id}, full request)",
        client.admin().certificates().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_certificate_minimal() {
    let client = client();
    let _response = ok(
        "deleteCertificate (DELETE /organization/certificates/{certificate_id}, minimal request)",
        client.admin().certificates().delete("sample").await,
    );
}

#[tokio::test]
async fn list_project_certificates_minimal() {
    let client = client();
    let params = crate::types::ListProjectCertificatesParams::new();
    let _response = ok(
        "listProjectCertificates (GET /organization/projects/{project_id}/certificates, minimal request)",
        client.admin().projects().certificates().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_certificates_full() {
    let client = client();
    let params = crate::types::ListProjectCertificatesParams::new()
        .limit(1i64)
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "listProjectCertificates (GET /organization/projects/{project_id}/certificates, full request)",
        client.admin().projects().certificates().list("sample", &params).await,
    );
}

#[tokio::test]
async fn activate_project_certificates_minimal() {
    let client = client();
    let request = crate::types::ToggleCertificatesRequest::new(
        vec![String::from("sample")],
    );
    let _response = ok(
        "activateProjectCertificates (POST /organization/projects/{project_id}/certificates/activate, minimal request)",
        client.admin().projects().certificates().activate("sample", &request).await,
    );
}

#[tokio::test]
async fn deactivate_project_certificates_minimal() {
    let client = client();
    let request = crate::types::ToggleCertificatesRequest::new(
        vec![String::from("sample")],
    );
    let _response = ok(
        "deactivateProjectCertificates (POST /organization/projects/{project_id}/certificates/deactivate, minimal request)",
        client.admin().projects().certificates().deactivate("sample", &request).await,
    );
}

#[tokio::test]
async fn admin_api_keys_list_minimal() {
    let client = client();
    let params = crate::types::AdminApiKeysListParams::new();
    let _response = ok(
        "admin-api-keys-list (GET /organization/admin_api_keys, minimal request)",
        client.admin().api_keys().list(&params).await,
    );
}

#[tokio::test]
async fn admin_api_keys_list_full() {
    let client = client();
    let params = crate::types::AdminApiKeysListParams::new()
        .after(String::from("sample"))
        .order(crate::types::SortOrder::Asc)
        .limit(1i64);
    let _response = ok(
        "admin-api-keys-list (GET /organization/admin_api_keys, full request)",
        client.admin().api_keys().list(&params).await,
    );
}

#[tokio::test]
async fn admin_api_keys_create_minimal() {
    let client = client();
    let request = crate::types::CreateAdminApiKeyRequest::new(String::from("sample"));
    let _response = ok(
        "admin-api-keys-create (POST /organization/admin_api_keys, minimal request)",
        client.admin().api_keys().create(&request).await,
    );
}

#[tokio::test]
async fn admin_api_keys_create_full() {
    let client = client();
    let request = crate::types::CreateAdminApiKeyRequest::new(String::from("sample"))
        .expires_in_seconds(1i64);
    let _response = ok(
        "admin-api-keys-create (POST /organization/admin_api_keys, full request)",
        client.admin().api_keys().create(&request).await,
    );
}

#[tokio::test]
async fn admin_api_keys_get_minimal() {
    let client = client();
    let _response = ok(
        "admin-api-keys-get (GET /organization/admin_api_keys/{key_id}, minimal request)",
        client.admin().api_keys().retrieve("sample").await,
    );
}

#[tokio::test]
async fn admin_api_keys_delete_minimal() {
    let client = client();
    let _response = ok(
        "admin-api-keys-delete (DELETE /organization/admin_api_keys/{key_id}, minimal request)",
        client.admin().api_keys().delete("sample").await,
    );
}

#[tokio::test]
async fn list_audit_logs_minimal() {
    let client = client();
    let params = crate::types::ListAuditLogsParams::new();
    let _response = ok(
        "list-audit-logs (GET /organization/audit_logs, minimal request)",
        client.admin().audit_logs().list(&params).await,
    );
}

#[tokio::test]
async fn list_audit_logs_full() {
    let client = client();
    let params = crate::types::ListAuditLogsParams::new()
        .effective_at(
            crate::types::AuditLogEffectiveAtFilter::new()
                .gt(1i64)
                .gte(1i64)
                .lt(1i64)
                .lte(1i64),
        )
        .project_ids(vec![String::from("sample")])
        .event_types(vec![crate::types::AuditLogEventType::ApiKeyCreated])
        .actor_ids(vec![String::from("sample")])
        .actor_emails(vec![String::from("sample")])
        .resource_ids(vec![String::from("sample")])
        .tenant_only(false)
        .limit(1i64)
        .after(String::from("sample"))
        .before(String::from("sample"));
    let _response = ok(
        "list-audit-logs (GET /organization/audit_logs, full request)",
        client.admin().audit_logs().list(&params).await,
    );
}

#[tokio::test]
async fn usage_costs_minimal() {
    let client = client();
    let params = crate::types::UsageCostsParams::new(1i64);
    let _response = ok(
        "usage-costs (GET /organization/costs, minimal request)",
        client.admin().usage().costs(&params).await,
    );
}

#[tokio::test]
async fn usage_costs_full() {
    let client = client();
    let params = crate::types::UsageCostsParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageCostsBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageCostsGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-costs (GET /organization/costs, full request)",
        client.admin().usage().costs(&params).await,
    );
}

#[tokio::test]
async fn usage_audio_speeches_minimal() {
    let client = client();
    let params = crate::types::UsageAudioSpeechesParams::new(1i64);
    let _response = ok(
        "usage-audio-speeches (GET /organization/usage/audio_speeches, minimal request)",
        client.admin().usage().audio_speeches(&params).await,
    );
}

#[tokio::test]
async fn usage_audio_speeches_full() {
    let client = client();
    let params = crate::types::UsageAudioSpeechesParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .user_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .models(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-audio-speeches (GET /organization/usage/audio_speeches, full request)",
        client.admin().usage().audio_speeches(&params).await,
    );
}

#[tokio::test]
async fn usage_audio_transcriptions_minimal() {
    let client = client();
    let params = crate::types::UsageAudioTranscriptionsParams::new(1i64);
    let _response = ok(
        "usage-audio-transcriptions (GET /organization/usage/audio_transcriptions, minimal request)",
        client.admin().usage().audio_transcriptions(&params).await,
    );
}

#[tokio::test]
async fn usage_audio_transcriptions_full() {
    let client = client();
    let params = crate::types::UsageAudioTranscriptionsParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .user_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .models(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-audio-transcriptions (GET /organization/usage/audio_transcriptions, full request)",
        client.admin().usage().audio_transcriptions(&params).await,
    );
}

#[tokio::test]
async fn usage_code_interpreter_sessions_minimal() {
    let client = client();
    let params = crate::types::UsageCodeInterpreterSessionsParams::new(1i64);
    let _response = ok(
        "usage-code-interpreter-sessions (GET /organization/usage/code_interpreter_sessions, minimal request)",
        client.admin().usage().code_interpreter_sessions(&params).await,
    );
}

#[tokio::test]
async fn usage_code_interpreter_sessions_full() {
    let client = client();
    let params = crate::types::UsageCodeInterpreterSessionsParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageGroupByProjectItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-code-interpreter-sessions (GET /organization/usage/code_interpreter_sessions, full request)",
        client.admin().usage().code_interpreter_sessions(&params).await,
    );
}

#[tokio::test]
async fn usage_completions_minimal() {
    let client = client();
    let params = crate::types::UsageCompletionsParams::new(1i64);
    let _response = ok(
        "usage-completions (GET /organization/usage/completions, minimal request)",
        client.admin().usage().completions(&params).await,
    );
}

#[tokio::test]
async fn usage_completions_full() {
    let client = client();
    let params = crate::types::UsageCompletionsParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .user_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .models(vec![String::from("sample")])
        .batch(false)
        .group_by(vec![crate::types::UsageCompletionsGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-completions (GET /organization/usage/completions, full request)",
        client.admin().usage().completions(&params).await,
    );
}

#[tokio::test]
async fn usage_embeddings_minimal() {
    let client = client();
    let params = crate::types::UsageEmbeddingsParams::new(1i64);
    let _response = ok(
        "usage-embeddings (GET /organization/usage/embeddings, minimal request)",
        client.admin().usage().embeddings(&params).await,
    );
}

#[tokio::test]
async fn usage_embeddings_full() {
    let client = client();
    let params = crate::types::UsageEmbeddingsParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .user_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .models(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-embeddings (GET /organization/usage/embeddings, full request)",
        client.admin().usage().embeddings(&params).await,
    );
}

#[tokio::test]
async fn usage_file_search_calls_minimal() {
    let client = client();
    let params = crate::types::UsageFileSearchCallsParams::new(1i64);
    let _response = ok(
        "usage-file-search-calls (GET /organization/usage/file_search_calls, minimal request)",
        client.admin().usage().file_search_calls(&params).await,
    );
}

#[tokio::test]
async fn usage_file_search_calls_full() {
    let client = client();
    let params = crate::types::UsageFileSearchCallsParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .user_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .vector_store_ids(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageFileSearchCallsGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-file-search-calls (GET /organization/usage/file_search_calls, full request)",
        client.admin().usage().file_search_calls(&params).await,
    );
}

#[tokio::test]
async fn usage_images_minimal() {
    let client = client();
    let params = crate::types::UsageImagesParams::new(1i64);
    let _response = ok(
        "usage-images (GET /organization/usage/images, minimal request)",
        client.admin().usage().images(&params).await,
    );
}

#[tokio::test]
async fn usage_images_full() {
    let client = client();
    let params = crate::types::UsageImagesParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .sources(vec![crate::types::UsageImagesSourcesItem::ImageGeneration])
        .sizes(vec![crate::types::UsageImagesSizesItem::V256x256])
        .project_ids(vec![String::from("sample")])
        .user_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .models(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageImagesGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-images (GET /organization/usage/images, full request)",
        client.admin().usage().images(&params).await,
    );
}

#[tokio::test]
async fn usage_moderations_minimal() {
    let client = client();
    let params = crate::types::UsageModerationsParams::new(1i64);
    let _response = ok(
        "usage-moderations (GET /organization/usage/moderations, minimal request)",
        client.admin().usage().moderations(&params).await,
    );
}

#[tokio::test]
async fn usage_moderations_full() {
    let client = client();
    let params = crate::types::UsageModerationsParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .user_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .models(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-moderations (GET /organization/usage/moderations, full request)",
        client.admin().usage().moderations(&params).await,
    );
}

#[tokio::test]
async fn usage_vector_stores_minimal() {
    let client = client();
    let params = crate::types::UsageVectorStoresParams::new(1i64);
    let _response = ok(
        "usage-vector-stores (GET /organization/usage/vector_stores, minimal request)",
        client.admin().usage().vector_stores(&params).await,
    );
}

#[tokio::test]
async fn usage_vector_stores_full() {
    let client = client();
    let params = crate::types::UsageVectorStoresParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .group_by(vec![crate::types::UsageGroupByProjectItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-vector-stores (GET /organization/usage/vector_stores, full request)",
        client.admin().usage().vector_stores(&params).await,
    );
}

#[tokio::test]
async fn usage_web_search_calls_minimal() {
    let client = client();
    let params = crate::types::UsageWebSearchCallsParams::new(1i64);
    let _response = ok(
        "usage-web-search-calls (GET /organization/usage/web_search_calls, minimal request)",
        client.admin().usage().web_search_calls(&params).await,
    );
}

#[tokio::test]
async fn usage_web_search_calls_full() {
    let client = client();
    let params = crate::types::UsageWebSearchCallsParams::new(1i64)
        .end_time(1i64)
        .bucket_width(crate::types::UsageBucketWidth::V1d)
        .project_ids(vec![String::from("sample")])
        .user_ids(vec![String::from("sample")])
        .api_key_ids(vec![String::from("sample")])
        .models(vec![String::from("sample")])
        .context_levels(vec![crate::types::UsageWebSearchCallsContextLevelsItem::Low])
        .group_by(vec![crate::types::UsageWebSearchCallsGroupByItem::ProjectId])
        .limit(1i64)
        .page(String::from("sample"));
    let _response = ok(
        "usage-web-search-calls (GET /organization/usage/web_search_calls, full request)",
        client.admin().usage().web_search_calls(&params).await,
    );
}

#[tokio::test]
async fn getorganizationspendlimit_minimal() {
    let client = client();
    let _response = ok(
        "Getorganizationspendlimit (GET /organization/spend_limit, minimal request)",
        client.admin().spend_limit().retrieve().await,
    );
}

#[tokio::test]
async fn updateorganizationspendlimit_minimal() {
    let client = client();
    let request = crate::types::UpdateOrganizationSpendLimitBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
    );
    let _response = ok(
        "Updateorganizationspendlimit (POST /organization/spend_limit, minimal request)",
        client.admin().spend_limit().update(&request).await,
    );
}

#[tokio::test]
async fn deleteorganizationspendlimit_minimal() {
    let client = client();
    let _response = ok(
        "Deleteorganizationspendlimit (DELETE /organization/spend_limit, minimal request)",
        client.admin().spend_limit().delete().await,
    );
}

#[tokio::test]
async fn getprojectspendlimit_minimal() {
    let client = client();
    let _response = ok(
        "Getprojectspendlimit (GET /organization/projects/{project_id}/spend_limit, minimal request)",
        client.admin().projects().spend_limit().retrieve("sample").await,
    );
}

#[tokio::test]
async fn updateprojectspendlimit_minimal() {
    let client = client();
    let request = crate::types::UpdateProjectSpendLimitBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
    );
    let _response = ok(
        "Updateprojectspendlimit (POST /organization/projects/{project_id}/spend_limit, minimal request)",
        client.admin().projects().spend_limit().update("sample", &request).await,
    );
}

#[tokio::test]
async fn deleteprojectspendlimit_minimal() {
    let client = client();
    let _response = ok(
        "Deleteprojectspendlimit (DELETE /organization/projects/{project_id}/spend_limit, minimal request)",
        client.admin().projects().spend_limit().delete("sample").await,
    );
}

#[tokio::test]
async fn list_organization_spend_alerts_minimal() {
    let client = client();
    let params = crate::types::ListOrganizationSpendAlertsParams::new();
    let _response = ok(
        "list-organization-spend-alerts (GET /organization/spend_alerts, minimal request)",
        client.admin().spend_alerts().list(&params).await,
    );
}

#[tokio::test]
async fn list_organization_spend_alerts_full() {
    let client = client();
    let params = crate::types::ListOrganizationSpendAlertsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"));
    let _response = ok(
        "list-organization-spend-alerts (GET /organization/spend_alerts, full request)",
        client.admin().spend_alerts().list(&params).await,
    );
}

#[tokio::test]
async fn create_organization_spend_alert_minimal() {
    let client = client();
    let request = crate::types::CreateSpendAlertBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
        crate::types::SpendAlertNotificationChannel::new(vec![String::from("sample")]),
    );
    let _response = ok(
        "create-organization-spend-alert (POST /organization/spend_alerts, minimal request)",
        client.admin().spend_alerts().create(&request).await,
    );
}

#[tokio::test]
async fn create_organization_spend_alert_full() {
    let client = client();
    let request = crate::types::CreateSpendAlertBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
        crate::types::SpendAlertNotificationChannel::new(vec![String::from("sample")])
            .subject_prefix(String::from("sample")),
    );
    let _response = ok(
        "create-organization-spend-alert (POST /organization/spend_alerts, full request)",
        client.admin().spend_alerts().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_organization_spend_alert_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-organization-spend-alert (GET /organization/spend_alerts/{alert_id}, minimal request)",
        client.admin().spend_alerts().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_organization_spend_alert_minimal() {
    let client = client();
    let request = crate::types::CreateSpendAlertBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
        crate::types::SpendAlertNotificationChannel::new(vec![String::from("sample")]),
    );
    let _response = ok(
        "update-organization-spend-alert (POST /organization/spend_alerts/{alert_id}, minimal request)",
        client.admin().spend_alerts().update("sample", &request).await,
    );
}

#[tokio::test]
async fn update_organization_spend_alert_full() {
    let client = client();
    let request = crate::types::CreateSpendAlertBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
        crate::types::SpendAlertNotificationChannel::new(vec![String::from("sample")])
            .subject_prefix(String::from("sample")),
    );
    let _response = ok(
        "update-organization-spend-alert (POST /organization/spend_alerts/{alert_id}, full request)",
        client.admin().spend_alerts().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_organization_spend_alert_minimal() {
    let client = client();
    let _response = ok(
        "delete-organization-spend-alert (DELETE /organization/spend_alerts/{alert_id}, minimal request)",
        client.admin().spend_alerts().delete("sample").await,
    );
}

#[tokio::test]
async fn list_project_spend_alerts_minimal() {
    let client = client();
    let params = crate::types::ListProjectSpendAlertsParams::new();
    let _response = ok(
        "list-project-spend-alerts (GET /organization/projects/{project_id}/spend_alerts, minimal request)",
        client.admin().projects().spend_alerts().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_project_spend_alerts_full() {
    let client = client();
    let params = crate::types::ListProjectSpendAlertsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"));
    let _response = ok(
        "list-project-spend-alerts (GET /organization/projects/{project_id}/spend_alerts, full request)",
        client.admin().projects().spend_alerts().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_project_spend_alert_minimal() {
    let client = client();
    let request = crate::types::CreateSpendAlertBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
        crate::types::SpendAlertNotificationChannel::new(vec![String::from("sample")]),
    );
    let _response = ok(
        "create-project-spend-alert (POST /organization/projects/{project_id}/spend_alerts, minimal request)",
        client.admin().projects().spend_alerts().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_project_spend_alert_full() {
    let client = client();
    let request = crate::types::CreateSpendAlertBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
        crate::types::SpendAlertNotificationChannel::new(vec![String::from("sample")])
            .subject_prefix(String::from("sample")),
    );
    let _response = ok(
        "create-project-spend-alert (POST /organization/projects/{project_id}/spend_alerts, full request)",
        client.admin().projects().spend_alerts().create("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_project_spend_alert_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-spend-alert (GET /organization/projects/{project_id}/spend_alerts/{alert_id}, minimal request)",
        client.admin().projects().spend_alerts().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn update_project_spend_alert_minimal() {
    let client = client();
    let request = crate::types::CreateSpendAlertBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
        crate::types::SpendAlertNotificationChannel::new(vec![String::from("sample")]),
    );
    let _response = ok(
        "update-project-spend-alert (POST /organization/projects/{project_id}/spend_alerts/{alert_id}, minimal request)",
        client
            .admin()
            .projects()
            .spend_alerts()
            .update("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn update_project_spend_alert_full() {
    let client = client();
    let request = crate::types::CreateSpendAlertBody::new(
        1i64,
        crate::types::SpendLimitCurrency::Usd,
        crate::types::SpendLimitInterval::Month,
        crate::types::SpendAlertNotificationChannel::new(vec![String::from("sample")])
            .subject_prefix(String::from("sample")),
    );
    let _response = ok(
        "update-project-spend-alert (POST /organization/projects/{project_id}/spend_alerts/{alert_id}, full request)",
        client
            .admin()
            .projects()
            .spend_alerts()
            .update("sample", "sample", &request)
            .await,
    );
}

#[tokio::test]
async fn delete_project_spend_alert_minimal() {
    let client = client();
    let _response = ok(
        "delete-project-spend-alert (DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}, minimal request)",
        client.admin().projects().spend_alerts().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn retrieve_organization_data_retention_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-organization-data-retention (GET /organization/data_retention, minimal request)",
        client.admin().data_retention().retrieve().await,
    );
}

#[tokio::test]
async fn update_organization_data_retention_minimal() {
    let client = client();
    let request = crate::types::UpdateOrganizationDataRetentionBody::new(
        crate::types::OrganizationDataRetentionType::ZeroDataRetention,
    );
    let _response = ok(
        "update-organization-data-retention (POST /organization/data_retention, minimal request)",
        client.admin().data_retention().update(&request).await,
    );
}

#[tokio::test]
async fn retrieve_project_data_retention_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-data-retention (GET /organization/projects/{project_id}/data_retention, minimal request)",
        client.admin().projects().data_retention().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_project_data_retention_minimal() {
    let client = client();
    let request = crate::types::UpdateProjectDataRetentionBody::new(
        crate::types::ProjectDataRetentionType::OrganizationDefault,
    );
    let _response = ok(
        "update-project-data-retention (POST /organization/projects/{project_id}/data_retention, minimal request)",
        client.admin().projects().data_retention().update("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_project_hosted_tool_permissions_minimal() {
    let client = client();
    let _response = ok(
        "retrieve-project-hosted-tool-permissions (GET /organization/projects/{project_id}/hosted_tool_permissions, minimal request)",
        client.admin().projects().hosted_tool_permissions().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_project_hosted_tool_permissions_minimal() {
    let client = client();
    let request = crate::types::ProjectHostedToolPermissionsUpdateRequest::new();
    let _response = ok(
        "update-project-hosted-tool-permissions (POST /organization/projects/{project_id}/hosted_tool_permissions, minimal request)",
        client
            .admin()
            .projects()
            .hosted_tool_permissions()
            .update("sample", &request)
            .await,
    );
}

#[tokio::test]
async fn update_project_hosted_tool_permissions_full() {
    let client = client();
    let request = crate::types::ProjectHostedToolPermissionsUpdateRequest::new()
        .file_search(crate::types::HostedToolPermissionUpdate::new(false))
        .web_search(crate::types::HostedToolPermissionUpdate::new(false))
        .image_generation(crate::types::HostedToolPermissionUpdate::new(false))
        .mcp(crate::types::HostedToolPermissionUpdate::new(false))
        .code_interpreter(crate::types::HostedToolPermissionUpdate::new(false));
    let _response = ok(
        "update-project-hosted-tool-permissions (POST /organization/projects/{project_id}/hosted_tool_permissions, full request)",
        client
            .admin()
            .projects()
            .hosted_tool_permissions()
            .update("sample", &request)
            .await,
    );
}

#[tokio::test]
async fn list_containers_minimal() {
    let client = client();
    let params = crate::types::ListContainersParams::new();
    let _response = ok(
        "ListContainers (GET /containers, minimal request)",
        client.containers().list(&params).await,
    );
}

#[tokio::test]
async fn list_containers_full() {
    let client = client();
    let params = crate::types::ListContainersParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .name(String::from("sample"));
    let _response = ok(
        "ListContainers (GET /containers, full request)",
        client.containers().list(&params).await,
    );
}

#[tokio::test]
async fn create_container_example() {
    let client = client();
    let request = crate::types::CreateContainerBody::new(String::from("My Container"))
        .skills(
            vec![
                crate::types::CreateContainerBodySkillsItem::SkillReference(
                    crate::types::SkillReferenceParam::new(
                            String::from("openai-spreadsheets"),
                        )
                        .version(String::from("latest")),
                ),
            ],
        )
        .memory_limit(crate::types::CreateContainerBodyMemoryLimit::V4g)
        .network_policy(
            crate::types::CreateContainerBodyNetworkPolicy::Allowlist(
                crate::types::ContainerNetworkPolicyAllowlistParam::new(
                    vec![String::from("api.buildkite.com")],
                ),
            ),
        );
    let _response = ok(
        "CreateContainer (POST /containers, example request)",
        client.containers().create(&request).await,
    );
}

#[tokio::test]
async fn create_container_minimal() {
    let client = client();
    let request = crate::types::CreateContainerBody::new(String::from("sample"));
    let _response = ok(
        "CreateContainer (POST /containers, minimal request)",
        client.containers().create(&request).await,
    );
}

#[tokio::test]
async fn create_container_full() {
    let client = client();
    let request = crate::types::CreateContainerBody::new(String::from("sample"))
        .file_ids(vec![String::from("sample")])
        .expires_after(crate::types::CreateContainerBodyExpiresAfter::new(1i64))
        .skills(
            vec![
                crate::types::CreateContainerBodySkillsItem::SkillReference(
                    crate::types::SkillReferenceParam::new(String::from("sample")),
                ),
            ],
        )
        .memory_limit(crate::types::CreateContainerBodyMemoryLimit::V1g)
        .network_policy(
            crate::types::CreateContainerBodyNetworkPolicy::Disabled(
                crate::types::ContainerNetworkPolicyDisabledParam::new(),
            ),
        );
    let _response = ok(
        "CreateContainer (POST /containers, full request)",
        client.containers().create(&request).await,
    );
}

#[tokio::test]
async fn retrieve_container_minimal() {
    let client = client();
    let _response = ok(
        "RetrieveContainer (GET /containers/{container_id}, minimal request)",
        client.containers().retrieve("sample").await,
    );
}

#[tokio::test]
async fn delete_container_minimal() {
    let client = client();
    ok(
        "DeleteContainer (DELETE /containers/{container_id}, minimal request)",
        client.containers().delete("sample").await,
    );
}

#[tokio::test]
async fn list_container_files_minimal() {
    let client = client();
    let params = crate::types::ListContainerFilesParams::new();
    let _response = ok(
        "ListContainerFiles (GET /containers/{container_id}/files, minimal request)",
        client.containers().files().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_container_files_full() {
    let client = client();
    let params = crate::types::ListContainerFilesParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"));
    let _response = ok(
        "ListContainerFiles (GET /containers/{container_id}/files, full request)",
        client.containers().files().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_container_file_minimal() {
    let client = client();
    let request = crate::types::CreateContainerFileUploadBody::new()
        .file(crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()));
    let _response = ok(
        "CreateContainerFile (POST /containers/{container_id}/files, minimal request)",
        client.containers().files().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_container_file_full() {
    let client = client();
    let request = crate::types::CreateContainerFileUploadBody::new()
        .file(crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()))
        .file_id(String::from("sample"));
    let _response = ok(
        "CreateContainerFile (POST /containers/{container_id}/files, full request)",
        client.containers().files().create("sample", &request).await,
    );
}

#[tokio::test]
async fn retrieve_container_file_minimal() {
    let client = client();
    let _response = ok(
        "RetrieveContainerFile (GET /containers/{container_id}/files/{file_id}, minimal request)",
        client.containers().files().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn delete_container_file_minimal() {
    let client = client();
    ok(
        "DeleteContainerFile (DELETE /containers/{container_id}/files/{file_id}, minimal request)",
        client.containers().files().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn retrieve_container_file_content_minimal() {
    let client = client();
    let bytes = ok(
        "RetrieveContainerFileContent (GET /containers/{container_id}/files/{file_id}/content, minimal request)",
        client.containers().files().content("sample", "sample").await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn list_skills_minimal() {
    let client = client();
    let params = crate::types::ListSkillsParams::new();
    let _response = ok(
        "ListSkills (GET /skills, minimal request)",
        client.skills().list(&params).await,
    );
}

#[tokio::test]
async fn list_skills_full() {
    let client = client();
    let params = crate::types::ListSkillsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"));
    let _response = ok(
        "ListSkills (GET /skills, full request)",
        client.skills().list(&params).await,
    );
}

#[tokio::test]
async fn create_skill_minimal() {
    let client = client();
    let request = crate::types::CreateSkillBody::new(
        vec![crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec())],
    );
    let _response = ok(
        "CreateSkill (POST /skills, minimal request)",
        client.skills().create(&request).await,
    );
}

#[tokio::test]
async fn get_skill_minimal() {
    let client = client();
    let _response = ok(
        "GetSkill (GET /skills/{skill_id}, minimal request)",
        client.skills().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_skill_default_version_minimal() {
    let client = client();
    let request = crate::types::SetDefaultSkillVersionBody::new(String::from("sample"));
    let _response = ok(
        "UpdateSkillDefaultVersion (POST /skills/{skill_id}, minimal request)",
        client.skills().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_skill_minimal() {
    let client = client();
    let _response = ok(
        "DeleteSkill (DELETE /skills/{skill_id}, minimal request)",
        client.skills().delete("sample").await,
    );
}

#[tokio::test]
async fn get_skill_content_minimal() {
    let client = client();
    let bytes = ok(
        "GetSkillContent (GET /skills/{skill_id}/content, minimal request)",
        client.skills().content("sample").await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn list_skill_versions_minimal() {
    let client = client();
    let params = crate::types::ListSkillVersionsParams::new();
    let _response = ok(
        "ListSkillVersions (GET /skills/{skill_id}/versions, minimal request)",
        client.skills().versions().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_skill_versions_full() {
    let client = client();
    let params = crate::types::ListSkillVersionsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"));
    let _response = ok(
        "ListSkillVersions (GET /skills/{skill_id}/versions, full request)",
        client.skills().versions().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_skill_version_minimal() {
    let client = client();
    let request = crate::types::CreateSkillVersionBody::new(
        vec![crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec())],
    );
    let _response = ok(
        "CreateSkillVersion (POST /skills/{skill_id}/versions, minimal request)",
        client.skills().versions().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_skill_version_full() {
    let client = client();
    let request = crate::types::CreateSkillVersionBody::new(
            vec![
                crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
            ],
        )
        .default(false);
    let _response = ok(
        "CreateSkillVersion (POST /skills/{skill_id}/versions, full request)",
        client.skills().versions().create("sample", &request).await,
    );
}

#[tokio::test]
async fn get_skill_version_minimal() {
    let client = client();
    let _response = ok(
        "GetSkillVersion (GET /skills/{skill_id}/versions/{version}, minimal request)",
        client.skills().versions().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn delete_skill_version_minimal() {
    let client = client();
    let _response = ok(
        "DeleteSkillVersion (DELETE /skills/{skill_id}/versions/{version}, minimal request)",
        client.skills().versions().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn get_skill_version_content_minimal() {
    let client = client();
    let bytes = ok(
        "GetSkillVersionContent (GET /skills/{skill_id}/versions/{version}/content, minimal request)",
        client.skills().versions().content("sample", "sample").await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn list_videos_minimal() {
    let client = client();
    let params = crate::types::ListVideosParams::new();
    let _response = ok(
        "ListVideos (GET /videos, minimal request)",
        client.videos().list(&params).await,
    );
}

#[tokio::test]
async fn list_videos_full() {
    let client = client();
    let params = crate::types::ListVideosParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"));
    let _response = ok(
        "ListVideos (GET /videos, full request)",
        client.videos().list(&params).await,
    );
}

#[tokio::test]
async fn create_video_minimal() {
    let client = client();
    let request = crate::types::CreateVideoMultipartBody::new(String::from("sample"));
    let _response = ok(
        "createVideo (POST /videos, minimal request)",
        client.videos().create(&request).await,
    );
}

#[tokio::test]
async fn create_video_full() {
    let client = client();
    let request = crate::types::CreateVideoMultipartBody::new(String::from("sample"))
        .model(String::from("sample"))
        .input_reference(
            crate::types::CreateVideoMultipartBodyInputReference::File(
                crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
            ),
        )
        .seconds(crate::types::VideoSeconds::V4)
        .size(crate::types::VideoSize::V720x1280);
    let _response = ok(
        "createVideo (POST /videos, full request)",
        client.videos().create(&request).await,
    );
}

#[tokio::test]
async fn create_video_character_minimal() {
    let client = client();
    let request = crate::types::CreateVideoCharacterBody::new(
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        String::from("sample"),
    );
    let _response = ok(
        "CreateVideoCharacter (POST /videos/characters, minimal request)",
        client.videos().characters().create(&request).await,
    );
}

#[tokio::test]
async fn get_video_character_minimal() {
    let client = client();
    let _response = ok(
        "GetVideoCharacter (GET /videos/characters/{character_id}, minimal request)",
        client.videos().characters().retrieve("sample").await,
    );
}

#[tokio::test]
async fn create_video_edit_minimal() {
    let client = client();
    let request = crate::types::CreateVideoEditMultipartBody::new(
        crate::types::CreateVideoEditMultipartBodyVideo::File(
            crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        ),
        String::from("sample"),
    );
    let _response = ok(
        "CreateVideoEdit (POST /videos/edits, minimal request)",
        client.videos().edit(&request).await,
    );
}

#[tokio::test]
async fn create_video_extend_minimal() {
    let client = client();
    let request = crate::types::CreateVideoExtendMultipartBody::new(
        crate::types::CreateVideoExtendMultipartBodyVideo::File(
            crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        ),
        String::from("sample"),
        crate::types::VideoSeconds::V4,
    );
    let _response = ok(
        "CreateVideoExtend (POST /videos/extensions, minimal request)",
        client.videos().extend(&request).await,
    );
}

#[tokio::test]
async fn get_video_minimal() {
    let client = client();
    let _response = ok(
        "GetVideo (GET /videos/{video_id}, minimal request)",
        client.videos().retrieve("sample").await,
    );
}

#[tokio::test]
async fn delete_video_minimal() {
    let client = client();
    let _response = ok(
        "DeleteVideo (DELETE /videos/{video_id}, minimal request)",
        client.videos().delete("sample").await,
    );
}

#[tokio::test]
async fn retrieve_video_content_minimal() {
    let client = client();
    let params = crate::types::RetrieveVideoContentParams::new();
    let bytes = ok(
        "RetrieveVideoContent (GET /videos/{video_id}/content, minimal request)",
        client.videos().content("sample", &params).await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn retrieve_video_content_full() {
    let client = client();
    let params = crate::types::RetrieveVideoContentParams::new()
        .variant(crate::types::VideoContentVariant::Video);
    let bytes = ok(
        "RetrieveVideoContent (GET /videos/{video_id}/content, full request)",
        client.videos().content("sample", &params).await,
    );
    let _ = bytes.len();
}

#[tokio::test]
async fn create_video_remix_minimal() {
    let client = client();
    let request = crate::types::CreateVideoRemixBody::new(String::from("sample"));
    let _response = ok(
        "CreateVideoRemix (POST /videos/{video_id}/remix, minimal request)",
        client.videos().remix("sample", &request).await,
    );
}

#[tokio::test]
async fn create_upload_example() {
    let client = client();
    let request = crate::types::CreateUploadRequest::new(
            String::from("training_examples.jsonl"),
            crate::types::CreateUploadRequestPurpose::FineTune,
            2147483648i64,
            String::from("text/jsonl"),
        )
        .expires_after(crate::types::FileExpirationAfter::new(3600i64));
    let _response = ok(
        "createUpload (POST /uploads, example request)",
        client.uploads().create(&request).await,
    );
}

#[tokio::test]
async fn create_upload_minimal() {
    let client = client();
    let request = crate::types::CreateUploadRequest::new(
        String::from("sample"),
        crate::types::CreateUploadRequestPurpose::Assistants,
        1i64,
        String::from("sample"),
    );
    let _response = ok(
        "createUpload (POST /uploads, minimal request)",
        client.uploads().create(&request).await,
    );
}

#[tokio::test]
async fn create_upload_full() {
    let client = client();
    let request = crate::types::CreateUploadRequest::new(
            String::from("sample"),
            crate::types::CreateUploadRequestPurpose::Assistants,
            1i64,
            String::from("sample"),
        )
        .expires_after(crate::types::FileExpirationAfter::new(3600i64));
    let _response = ok(
        "createUpload (POST /uploads, full request)",
        client.uploads().create(&request).await,
    );
}

#[tokio::test]
async fn cancel_upload_minimal() {
    let client = client();
    let _response = ok(
        "cancelUpload (POST /uploads/{upload_id}/cancel, minimal request)",
        client.uploads().cancel("sample").await,
    );
}

#[tokio::test]
async fn complete_upload_minimal() {
    let client = client();
    let request = crate::types::CompleteUploadRequest::new(vec![String::from("sample")]);
    let _response = ok(
        "completeUpload (POST /uploads/{upload_id}/complete, minimal request)",
        client.uploads().complete("sample", &request).await,
    );
}

#[tokio::test]
async fn complete_upload_full() {
    let client = client();
    let request = crate::types::CompleteUploadRequest::new(vec![String::from("sample")])
        .md5(String::from("sample"));
    let _response = ok(
        "completeUpload (POST /uploads/{upload_id}/complete, full request)",
        client.uploads().complete("sample", &request).await,
    );
}

#[tokio::test]
async fn add_upload_part_minimal() {
    let client = client();
    let request = crate::types::AddUploadPartRequest::new(
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
    );
    let _response = ok(
        "addUploadPart (POST /uploads/{upload_id}/parts, minimal request)",
        client.uploads().parts().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_translation_minimal() {
    let client = client();
    let request = crate::types::CreateTranslationRequest::new(
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        String::from("sample"),
    );
    let _response = ok(
        "createTranslation (POST /audio/translations, minimal request)",
        client.audio().translations().create(&request).await,
    );
}

#[tokio::test]
async fn create_translation_full() {
    let client = client();
    let request = crate::types::CreateTranslationRequest::new(
            crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
            String::from("sample"),
        )
        .prompt(String::from("sample"))
        .response_format(crate::types::CreateTranslationRequestResponseFormat::Json)
        .temperature(1.5f64);
    let _response = ok(
        "createTranslation (POST /audio/translations, full request)",
        client.audio().translations().create(&request).await,
    );
}

#[tokio::test]
async fn list_voice_consents_minimal() {
    let client = client();
    let params = crate::types::ListVoiceConsentsParams::new();
    let _response = ok(
        "listVoiceConsents (GET /audio/voice_consents, minimal request)",
        client.audio().voice_consents().list(&params).await,
    );
}

#[tokio::test]
async fn list_voice_consents_full() {
    let client = client();
    let params = crate::types::ListVoiceConsentsParams::new()
        .after(String::from("sample"))
        .limit(1i64);
    let _response = ok(
        "listVoiceConsents (GET /audio/voice_consents, full request)",
        client.audio().voice_consents().list(&params).await,
    );
}

#[tokio::test]
async fn create_voice_consent_minimal() {
    let client = client();
    let request = crate::types::CreateVoiceConsentRequest::new(
        String::from("sample"),
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        String::from("sample"),
    );
    let _response = ok(
        "createVoiceConsent (POST /audio/voice_consents, minimal request)",
        client.audio().voice_consents().create(&request).await,
    );
}

#[tokio::test]
async fn get_voice_consent_minimal() {
    let client = client();
    let _response = ok(
        "getVoiceConsent (GET /audio/voice_consents/{consent_id}, minimal request)",
        client.audio().voice_consents().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_voice_consent_minimal() {
    let client = client();
    let request = crate::types::UpdateVoiceConsentRequest::new(String::from("sample"));
    let _response = ok(
        "updateVoiceConsent (POST /audio/voice_consents/{consent_id}, minimal request)",
        client.audio().voice_consents().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_voice_consent_minimal() {
    let client = client();
    let _response = ok(
        "deleteVoiceConsent (DELETE /audio/voice_consents/{consent_id}, minimal request)",
        client.audio().voice_consents().delete("sample").await,
    );
}

#[tokio::test]
async fn create_voice_minimal() {
    let client = client();
    let request = crate::types::CreateVoiceRequest::new(
        String::from("sample"),
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
        String::from("sample"),
    );
    let _response = ok(
        "createVoice (POST /audio/voices, minimal request)",
        client.audio().voices().create(&request).await,
    );
}

#[tokio::test]
async fn create_vector_store_file_batch_example() {
    let client = client();
    let request = crate::types::CreateVectorStoreFileBatchRequest::FileIds(
        crate::types::CreateVectorStoreFileBatchRequestFileIds::new(
                vec![String::from("file-2dKq8"), String::from("file-9PzR1")],
            )
            .chunking_strategy(
                crate::types::ChunkingStrategyRequestParam::Auto(
                    crate::types::AutoChunkingStrategyRequestParam::new(),
                ),
            )
            .attributes(
                ::std::collections::BTreeMap::<
                    String,
                    crate::types::VectorStoreFileAttributeValue,
                >::from([
                    (
                        String::from("team"),
                        crate::types::VectorStoreFileAttributeValue::String(
                            String::from("support"),
                        ),
                    ),
                    (
                        String::from("year"),
                        crate::types::VectorStoreFileAttributeValue::Number(2025f64),
                    ),
                ]),
            ),
    );
    let _response = ok(
        "createVectorStoreFileBatch (POST /vector_stores/{vector_store_id}/file_batches, example request)",
        client.vector_stores().file_batches().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_vector_store_file_batch_minimal() {
    let client = client();
    let request = crate::types::CreateVectorStoreFileBatchRequest::FileIds(
        crate::types::CreateVectorStoreFileBatchRequestFileIds::new(
            vec![String::from("sample")],
        ),
    );
    let _response = ok(
        "createVectorStoreFileBatch (POST /vector_stores/{vector_store_id}/file_batches, minimal request)",
        client.vector_stores().file_batches().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_vector_store_file_batch_full() {
    let client = client();
    let request = crate::types::CreateVectorStoreFileBatchRequest::FileIds(
        crate::types::CreateVectorStoreFileBatchRequestFileIds::new(
                vec![String::from("sample")],
            )
            .chunking_strategy(
                crate::types::ChunkingStrategyRequestParam::Auto(
                    crate::types::AutoChunkingStrategyRequestParam::new(),
                ),
            )
            .attributes(
                ::std::collections::BTreeMap::<
                    String,
                    crate::types::VectorStoreFileAttributeValue,
                >::from([]),
            ),
    );
    let _response = ok(
        "createVectorStoreFileBatch (POST /vector_stores/{vector_store_id}/file_batches, full request)",
        client.vector_stores().file_batches().create("sample", &request).await,
    );
}

#[tokio::test]
async fn get_vector_store_file_batch_minimal() {
    let client = client();
    let _response = ok(
        "getVectorStoreFileBatch (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}, minimal request)",
        client.vector_stores().file_batches().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn cancel_vector_store_file_batch_minimal() {
    let client = client();
    let _response = ok(
        "cancelVectorStoreFileBatch (POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel, minimal request)",
        client.vector_stores().file_batches().cancel("sample", "sample").await,
    );
}

#[tokio::test]
async fn list_files_in_vector_store_batch_minimal() {
    let client = client();
    let params = crate::types::ListFilesInVectorStoreBatchParams::new();
    let _response = ok(
        "listFilesInVectorStoreBatch (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files, minimal request)",
        client
            .vector_stores()
            .file_batches()
            .list_files("sample", "sample", &params)
            .await,
    );
}

#[tokio::test]
async fn list_files_in_vector_store_batch_full() {
    let client = client();
    let params = crate::types::ListFilesInVectorStoreBatchParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"))
        .filter(crate::types::VectorStoreFileStatusFilter::InProgress);
    let _response = ok(
        "listFilesInVectorStoreBatch (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files, full request)",
        client
            .vector_stores()
            .file_batches()
            .list_files("sample", "sample", &params)
            .await,
    );
}

#[tokio::test]
async fn get_vector_store_file_minimal() {
    let client = client();
    let _response = ok(
        "getVectorStoreFile (GET /vector_stores/{vector_store_id}/files/{file_id}, minimal request)",
        client.vector_stores().files().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn update_vector_store_file_attributes_example() {
    let client = client();
    let request = crate::types::UpdateVectorStoreFileAttributesRequest::new()
        .attributes(
            ::std::collections::BTreeMap::<
                String,
                crate::types::VectorStoreFileAttributeValue,
            >::from([
                (
                    String::from("category"),
                    crate::types::VectorStoreFileAttributeValue::String(
                        String::from("billing"),
                    ),
                ),
                (
                    String::from("reviewed"),
                    crate::types::VectorStoreFileAttributeValue::Boolean(true),
                ),
                (
                    String::from("priority"),
                    crate::types::VectorStoreFileAttributeValue::Number(2f64),
                ),
            ]),
        );
    let _response = ok(
        "updateVectorStoreFileAttributes (POST /vector_stores/{vector_store_id}/files/{file_id}, example request)",
        client.vector_stores().files().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn update_vector_store_file_attributes_minimal() {
    let client = client();
    let request = crate::types::UpdateVectorStoreFileAttributesRequest::new()
        .attributes(
            ::std::collections::BTreeMap::<
                String,
                crate::types::VectorStoreFileAttributeValue,
            >::from([]),
        );
    let _response = ok(
        "updateVectorStoreFileAttributes (POST /vector_stores/{vector_store_id}/files/{file_id}, minimal request)",
        client.vector_stores().files().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn update_vector_store_file_attributes_full() {
    let client = client();
    let request = crate::types::UpdateVectorStoreFileAttributesRequest::new()
        .attributes(
            ::std::collections::BTreeMap::<
                String,
                crate::types::VectorStoreFileAttributeValue,
            >::from([
                (
                    String::from("key1"),
                    crate::types::VectorStoreFileAttributeValue::String(
                        String::from("sample"),
                    ),
                ),
            ]),
        );
    let _response = ok(
        "updateVectorStoreFileAttributes (POST /vector_stores/{vector_store_id}/files/{file_id}, full request)",
        client.vector_stores().files().update("sample", "sample", &request).await,
    );
}

#[tokio::test]
async fn delete_vector_store_file_minimal() {
    let client = client();
    let _response = ok(
        "deleteVectorStoreFile (DELETE /vector_stores/{vector_store_id}/files/{file_id}, minimal request)",
        client.vector_stores().files().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn retrieve_vector_store_file_content_minimal() {
    let client = client();
    let _response = ok(
        "retrieveVectorStoreFileContent (GET /vector_stores/{vector_store_id}/files/{file_id}/content, minimal request)",
        client.vector_stores().files().content("sample", "sample").await,
    );
}

#[tokio::test]
async fn search_vector_store_example() {
    let client = client();
    let request = crate::types::VectorStoreSearchRequest::new(
            crate::types::VectorStoreSearchRequestQuery::String(
                String::from("How do I reset my password?"),
            ),
        )
        .max_num_results(5i64)
        .filters(
            crate::types::Filters::CompoundFilter(
                crate::types::CompoundFilter::new(
                    crate::types::CompoundFilterType::And,
                    vec![
                        crate::types::Filters::ComparisonFilter(
                            crate::types::ComparisonFilter::new(
                                crate::types::ComparisonFilterType::Eq,
                                String::from("category"),
                                crate::types::ComparisonFilterValue::String(
                                    String::from("account"),
                                ),
                            ),
                        ),
                        crate::types::Filters::ComparisonFilter(
                            crate::types::ComparisonFilter::new(
                                crate::types::ComparisonFilterType::Gte,
                                String::from("year"),
                                crate::types::ComparisonFilterValue::Number(2024f64),
                            ),
                        ),
                    ],
                ),
            ),
        )
        .ranking_options(
            crate::types::VectorStoreSearchRankingOptions::new()
                .ranker(crate::types::VectorStoreSearchRankingOptionsRanker::Auto)
                .score_threshold(0.4f64),
        );
    let _response = ok(
        "searchVectorStore (POST /vector_stores/{vector_store_id}/search, example request)",
        client.vector_stores().search("sample", &request).await,
    );
}

#[tokio::test]
async fn search_vector_store_minimal() {
    let client = client();
    let request = crate::types::VectorStoreSearchRequest::new(
        crate::types::VectorStoreSearchRequestQuery::String(String::from("sample")),
    );
    let _response = ok(
        "searchVectorStore (POST /vector_stores/{vector_store_id}/search, minimal request)",
        client.vector_stores().search("sample", &request).await,
    );
}

#[tokio::test]
async fn search_vector_store_full() {
    let client = client();
    let request = crate::types::VectorStoreSearchRequest::new(
            crate::types::VectorStoreSearchRequestQuery::String(String::from("sample")),
        )
        .rewrite_query(false)
        .max_num_results(1i64)
        .filters(
            crate::types::Filters::ComparisonFilter(
                crate::types::ComparisonFilter::new(
                    crate::types::ComparisonFilterType::Eq,
                    String::from("sample"),
                    crate::types::ComparisonFilterValue::String(String::from("sample")),
                ),
            ),
        )
        .ranking_options(
            crate::types::VectorStoreSearchRankingOptions::new()
                .ranker(crate::types::VectorStoreSearchRankingOptionsRanker::None)
                .score_threshold(0.5f64),
        );
    let _response = ok(
        "searchVectorStore (POST /vector_stores/{vector_store_id}/search, full request)",
        client.vector_stores().search("sample", &request).await,
    );
}

#[tokio::test]
async fn create_chat_session_method_example() {
    let client = client();
    let request = crate::types::CreateChatSessionBody::new(
            crate::types::ChatKitWorkflowParam::new(String::from("wf_68df4b13a2b4"))
                .state_variables(
                    ::std::collections::BTreeMap::<
                        String,
                        crate::types::ChatKitWorkflowParamStateVariablesValue,
                    >::from([
                        (
                            String::from("plan"),
                            crate::types::ChatKitWorkflowParamStateVariablesValue::String(
                                String::from("pro"),
                            ),
                        ),
                        (
                            String::from("seats"),
                            crate::types::ChatKitWorkflowParamStateVariablesValue::Integer(
                                5i64,
                            ),
                        ),
                    ]),
                ),
            String::from("customer-4821"),
        )
        .expires_after(crate::types::ChatKitExpiresAfterParam::new(300i64))
        .chatkit_configuration(
            crate::types::ChatkitConfigurationParam::new()
                .file_upload(
                    crate::types::ChatKitFileUploadParam::new()
                        .enabled(true)
                        .max_file_size(20i64)
                        .max_files(3i64),
                ),
        );
    let _response = ok(
        "CreateChatSessionMethod (POST /chatkit/sessions, example request)",
        client.chatkit().sessions().create(&request).await,
    );
}

#[tokio::test]
async fn create_chat_session_method_minimal() {
    let client = client();
    let request = crate::types::CreateChatSessionBody::new(
        crate::types::ChatKitWorkflowParam::new(String::from("sample")),
        String::from("sample"),
    );
    let _response = ok(
        "CreateChatSessionMethod (POST /chatkit/sessions, minimal request)",
        client.chatkit().sessions().create(&request).await,
    );
}

#[tokio::test]
async fn create_chat_session_method_full() {
    let client = client();
    let request = crate::types::CreateChatSessionBody::new(
            crate::types::ChatKitWorkflowParam::new(String::from("sample"))
                .version(String::from("sample"))
                .state_variables(
                    ::std::collections::BTreeMap::<
                        String,
                        crate::types::ChatKitWorkflowParamStateVariablesValue,
                    >::from([]),
                )
                .tracing(crate::types::ChatKitWorkflowTracingParam::new()),
            String::from("sample"),
        )
        .expires_after(crate::types::ChatKitExpiresAfterParam::new(1i64))
        .rate_limits(
            crate::types::ChatKitRateLimitsParam::new().max_requests_per_1_minute(1i64),
        )
        .chatkit_configuration(
            crate::types::ChatkitConfigurationParam::new()
                .automatic_thread_titling(
                    crate::types::ChatKitAutomaticThreadTitlingParam::new(),
                )
                .file_upload(crate::types::ChatKitFileUploadParam::new())
                .history(crate::types::ChatKitHistoryParam::new()),
        );
    let _response = ok(
        "CreateChatSessionMethod (POST /chatkit/sessions, full request)",
        client.chatkit().sessions().create(&request).await,
    );
}

#[tokio::test]
async fn cancel_chat_session_method_minimal() {
    let client = client();
    let _response = ok(
        "CancelChatSessionMethod (POST /chatkit/sessions/{session_id}/cancel, minimal request)",
        client.chatkit().sessions().cancel("sample").await,
    );
}

#[tokio::test]
async fn list_threads_method_minimal() {
    let client = client();
    let params = crate::types::ListThreadsMethodParams::new();
    let _response = ok(
        "ListThreadsMethod (GET /chatkit/threads, minimal request)",
        client.chatkit().threads().list(&params).await,
    );
}

#[tokio::test]
async fn list_threads_method_full() {
    let client = client();
    let params = crate::types::ListThreadsMethodParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"))
        .user(String::from("sample"));
    let _response = ok(
        "ListThreadsMethod (GET /chatkit/threads, full request)",
        client.chatkit().threads().list(&params).await,
    );
}

#[tokio::test]
async fn get_thread_method_minimal() {
    let client = client();
    let _response = ok(
        "GetThreadMethod (GET /chatkit/threads/{thread_id}, minimal request)",
        client.chatkit().threads().retrieve("sample").await,
    );
}

#[tokio::test]
async fn delete_thread_method_minimal() {
    let client = client();
    let _response = ok(
        "DeleteThreadMethod (DELETE /chatkit/threads/{thread_id}, minimal request)",
        client.chatkit().threads().delete("sample").await,
    );
}

#[tokio::test]
async fn list_thread_items_method_minimal() {
    let client = client();
    let params = crate::types::ListThreadItemsMethodParams::new();
    let _response = ok(
        "ListThreadItemsMethod (GET /chatkit/threads/{thread_id}/items, minimal request)",
        client.chatkit().threads().items().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_thread_items_method_full() {
    let client = client();
    let params = crate::types::ListThreadItemsMethodParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .before(String::from("sample"));
    let _response = ok(
        "ListThreadItemsMethod (GET /chatkit/threads/{thread_id}/items, full request)",
        client.chatkit().threads().items().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_input_items_minimal() {
    let client = client();
    let params = crate::types::ListInputItemsParams::new();
    let _response = ok(
        "listInputItems (GET /responses/{response_id}/input_items, minimal request)",
        client.responses().input_items().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_input_items_full() {
    let client = client();
    let params = crate::types::ListInputItemsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults]);
    let _response = ok(
        "listInputItems (GET /responses/{response_id}/input_items, full request)",
        client.responses().input_items().list("sample", &params).await,
    );
}

#[tokio::test]
async fn getinputtokencounts_example() {
    let client = client();
    let request = crate::types::TokenCountsBody::new()
        .model(String::from("gpt-5"))
        .input(crate::types::InputParam::String(String::from("Tell me a joke.")));
    let _response = ok(
        "Getinputtokencounts (POST /responses/input_tokens, example request)",
        client.responses().input_tokens().count(&request).await,
    );
}

#[tokio::test]
async fn getinputtokencounts_minimal() {
    let client = client();
    let request = crate::types::TokenCountsBody::new();
    let _response = ok(
        "Getinputtokencounts (POST /responses/input_tokens, minimal request)",
        client.responses().input_tokens().count(&request).await,
    );
}

#[tokio::test]
async fn getinputtokencounts_full() {
    let client = client();
    let request = crate::types::TokenCountsBody::new()
        .model(String::from("sample"))
        .input(crate::types::InputParam::String(String::from("sample")))
        .instructions(String::from("sample"))
        .previous_response_id(String::from("sample"))
        .conversation(crate::types::ConversationParam::String(String::from("sample")))
        .tools(
            vec![
                crate::types::Tool::WebSearch(crate::types::WebSearchTool::new()),
                crate::types::Tool::FileSearch(
                    crate::types::FileSearchTool::new(vec![String::from("vs_abc123")]),
                ),
                crate::types::Tool::Function(
                    crate::types::FunctionTool::new(String::from("process_data"))
                        .description(String::from("Process the analyzed data"))
                        .parameters(
                            ::serde_json::from_str::<
                                ::serde_json::Value,
                            >(
                                    "{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\"},\"operation\":{\"type\":\"string\"}}}",
                                )
                                .expect("sample JSON"),
                        )
                        .strict(false),
                ),
            ],
        )
        .tool_choice(
            crate::types::ToolChoiceParam::ToolChoiceOptions(
                crate::types::ToolChoiceOptions::None,
            ),
        )
        .parallel_tool_calls(false)
        .text(
            crate::types::ResponseTextParam::new()
                .format(
                    crate::types::TextResponseFormatConfiguration::Text(
                        crate::types::ResponseFormatText::new(),
                    ),
                )
                .verbosity(crate::types::Verbosity::Low),
        )
        .reasoning(
            crate::types::Reasoning::new()
                .effort(crate::types::ReasoningEffort::None)
                .summary(crate::types::ReasoningSummary::Auto)
                .generate_summary(crate::types::ReasoningGenerateSummary::Auto),
        )
        .truncation(crate::types::TokenCountsBodyTruncation::Auto)
        .personality(String::from("sample"));
    let _response = ok(
        "Getinputtokencounts (POST /responses/input_tokens, full request)",
        client.responses().input_tokens().count(&request).await,
    );
}

#[tokio::test]
async fn compactconversation_example() {
    let client = client();
    let request = crate::types::CompactResponseMethodPublicBody::new(
            String::from("gpt-5"),
        )
        .previous_response_id(String::from("resp_abc123"));
    let _response = ok(
        "Compactconversation (POST /responses/compact, example request)",
        client.responses().compact(&request).await,
    );
}

#[tokio::test]
async fn compactconversation_minimal() {
    let client = client();
    let request = crate::types::CompactResponseMethodPublicBody::new(
        String::from("sample"),
    );
    let _response = ok(
        "Compactconversation (POST /responses/compact, minimal request)",
        client.responses().compact(&request).await,
    );
}

#[tokio::test]
async fn compactconversation_full() {
    let client = client();
    let request = crate::types::CompactResponseMethodPublicBody::new(
            String::from("sample"),
        )
        .input(crate::types::InputParam::String(String::from("sample")))
        .previous_response_id(String::from("sample"))
        .instructions(String::from("sample"))
        .prompt_cache_key(String::from("sample"))
        .prompt_cache_retention(
            crate::types::CompactResponseMethodPublicBodyPromptCacheRetention::InMemory,
        )
        .service_tier(crate::types::CompactResponseMethodPublicBodyServiceTier::Auto);
    let _response = ok(
        "Compactconversation (POST /responses/compact, full request)",
        client.responses().compact(&request).await,
    );
}

#[tokio::test]
async fn beta_create_response_example() {
    let client = client();
    let params = crate::types::BetaCreateResponseParams::new();
    let request = crate::types::BetaCreateResponse::new()
        .model(String::from("gpt-5"))
        .input(
            crate::types::InputParam::String(
                String::from("Research three cafes and compare them."),
            ),
        )
        .multi_agent(crate::types::BetaMultiAgentParam::new(true));
    let _response = ok(
        "beta_createResponse (POST /responses, example request)",
        client.responses().beta().create(&params, &request).await,
    );
}

#[tokio::test]
async fn beta_create_response_example_stream() {
    let client = client();
    let params = crate::types::BetaCreateResponseParams::new();
    let request = crate::types::BetaCreateResponse::new()
        .model(String::from("gpt-5"))
        .input(
            crate::types::InputParam::String(
                String::from("Research three cafes and compare them."),
            ),
        )
        .multi_agent(crate::types::BetaMultiAgentParam::new(true));
    let mut events = ok(
        "beta_createResponse (POST /responses, example request, streamed)",
        client.responses().beta().create_stream(&params, &request).await,
    );
    while let Some(event) = events.next().await {
        ok("beta_createResponse (POST /responses, example request, streamed)", event);
    }
}

#[tokio::test]
async fn beta_create_response_minimal() {
    let client = client();
    let params = crate::types::BetaCreateResponseParams::new();
    let request = crate::types::BetaCreateResponse::new();
    let _response = ok(
        "beta_createResponse (POST /responses, minimal request)",
        client.responses().beta().create(&params, &request).await,
    );
}

#[tokio::test]
async fn beta_create_response_minimal_stream() {
    let client = client();
    let params = crate::types::BetaCreateResponseParams::new();
    let request = crate::types::BetaCreateResponse::new();
    let mut events = ok(
        "beta_createResponse (POST /responses, minimal request, streamed)",
        client.responses().beta().create_stream(&params, &request).await,
    );
    while let Some(event) = events.next().await {
        ok("beta_createResponse (POST /responses, minimal request, streamed)", event);
    }
}

#[tokio::test]
async fn beta_create_response_full() {
    let client = client();
    let params = crate::types::BetaCreateResponseParams::new()
        .openai_beta(
            vec![crate::types::ResponsesBetaFeaturesItem::ResponsesMultiAgentV1],
        );
    let request = crate::types::BetaCreateResponse::new()
        .model(String::from("sample"))
        .input(crate::types::InputParam::String(String::from("sample")))
        .instructions(String::from("sample"))
        .previous_response_id(String::from("sample"))
        .conversation(crate::types::ConversationParam::String(String::from("sample")))
        .tools(
            vec![
                crate::types::Tool::WebSearch(crate::types::WebSearchTool::new()),
                crate::types::Tool::FileSearch(
                    crate::types::FileSearchTool::new(vec![String::from("vs_abc123")]),
                ),
                crate::types::Tool::Function(
                    crate::types::FunctionTool::new(String::from("process_data"))
                        .description(String::from("Process the analyzed data"))
                        .parameters(
                            ::serde_json::from_str::<
                                ::serde_json::Value,
                            >(
                                    "{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\"},\"operation\":{\"type\":\"string\"}}}",
                                )
                                .expect("sample JSON"),
                        )
                        .strict(false),
                ),
            ],
        )
        .tool_choice(
            crate::types::ToolChoiceParam::ToolChoiceOptions(
                crate::types::ToolChoiceOptions::None,
            ),
        )
        .parallel_tool_calls(false)
        .max_tool_calls(1i64)
        .temperature(1.5f64)
        .top_p(0.5f64)
        .top_logprobs(1i64)
        .max_output_tokens(16i64)
        .text(crate::types::ResponseTextParam::new())
        .reasoning(crate::types::Reasoning::new())
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults])
        .store(false)
        .stream_options(crate::types::ResponseStreamOptions::new())
        .background(false)
        .truncation(crate::types::CreateResponseRequestTruncation::Auto)
        .metadata(::std::collections::BTreeMap::<String, String>::from([]))
        .service_tier(crate::types::ServiceTierResponses::Auto)
        .prompt(crate::types::Prompt::new(String::from("sample")))
        .prompt_cache_key(String::from("sample"))
        .prompt_cache_retention(
            crate::types::CreateResponseRequestPromptCacheRetention::InMemory,
        )
        .safety_identifier(String::from("sample"))
        .user(String::from("sample"))
        .multi_agent(crate::types::BetaMultiAgentParam::new(false));
    let _response = ok(
        "beta_createResponse (POST /responses, full request)",
        client.responses().beta().create(&params, &request).await,
    );
}

#[tokio::test]
async fn beta_create_response_full_stream() {
    let client = client();
    let params = crate::types::BetaCreateResponseParams::new()
        .openai_beta(
            vec![crate::types::ResponsesBetaFeaturesItem::ResponsesMultiAgentV1],
        );
    let request = crate::types::BetaCreateResponse::new()
        .model(String::from("sample"))
        .input(crate::types::InputParam::String(String::from("sample")))
        .instructions(String::from("sample"))
        .previous_response_id(String::from("sample"))
        .conversation(crate::types::ConversationParam::String(String::from("sample")))
        .tools(
            vec![
                crate::types::Tool::WebSearch(crate::types::WebSearchTool::new()),
                crate::types::Tool::FileSearch(
                    crate::types::FileSearchTool::new(vec![String::from("vs_abc123")]),
                ),
                crate::types::Tool::Function(
                    crate::types::FunctionTool::new(String::from("process_data"))
                        .description(String::from("Process the analyzed data"))
                        .parameters(
                            ::serde_json::from_str::<
                                ::serde_json::Value,
                            >(
                                    "{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\"},\"operation\":{\"type\":\"string\"}}}",
                                )
                                .expect("sample JSON"),
                        )
                        .strict(false),
                ),
            ],
        )
        .tool_choice(
            crate::types::ToolChoiceParam::ToolChoiceOptions(
                crate::types::ToolChoiceOptions::None,
            ),
        )
        .parallel_tool_calls(false)
        .max_tool_calls(1i64)
        .temperature(1.5f64)
        .top_p(0.5f64)
        .top_logprobs(1i64)
        .max_output_tokens(16i64)
        .text(crate::types::ResponseTextParam::new())
        .reasoning(crate::types::Reasoning::new())
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults])
        .store(false)
        .stream_options(crate::types::ResponseStreamOptions::new())
        .background(false)
        .truncation(crate::types::CreateResponseRequestTruncation::Auto)
        .metadata(::std::collections::BTreeMap::<String, String>::from([]))
        .service_tier(crate::types::ServiceTierResponses::Auto)
        .prompt(crate::types::Prompt::new(String::from("sample")))
        .prompt_cache_key(String::from("sample"))
        .prompt_cache_retention(
            crate::types::CreateResponseRequestPromptCacheRetention::InMemory,
        )
        .safety_identifier(String::from("sample"))
        .user(String::from("sample"))
        .multi_agent(crate::types::BetaMultiAgentParam::new(false));
    let mut events = ok(
        "beta_createResponse (POST /responses, full request, streamed)",
        client.responses().beta().create_stream(&params, &request).await,
    );
    while let Some(event) = events.next().await {
        ok("beta_createResponse (POST /responses, full request, streamed)", event);
    }
}

#[tokio::test]
async fn beta_get_response_minimal() {
    let client = client();
    let params = crate::types::BetaGetResponseParams::new();
    let _response = ok(
        "beta_getResponse (GET /responses/{response_id}, minimal request)",
        client.responses().beta().retrieve("sample", &params).await,
    );
}

#[tokio::test]
async fn beta_get_response_full() {
    let client = client();
    let params = crate::types::BetaGetResponseParams::new()
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults])
        .stream(false)
        .starting_after(1i64)
        .include_obfuscation(false)
        .openai_beta(
            vec![crate::types::ResponsesBetaFeaturesItem::ResponsesMultiAgentV1],
        );
    let _response = ok(
        "beta_getResponse (GET /responses/{response_id}, full request)",
        client.responses().beta().retrieve("sample", &params).await,
    );
}

#[tokio::test]
async fn beta_delete_response_minimal() {
    let client = client();
    let params = crate::types::BetaDeleteResponseParams::new();
    ok(
        "beta_deleteResponse (DELETE /responses/{response_id}, minimal request)",
        client.responses().beta().delete("sample", &params).await,
    );
}

#[tokio::test]
async fn beta_delete_response_full() {
    let client = client();
    let params = crate::types::BetaDeleteResponseParams::new()
        .openai_beta(
            vec![crate::types::ResponsesBetaFeaturesItem::ResponsesMultiAgentV1],
        );
    ok(
        "beta_deleteResponse (DELETE /responses/{response_id}, full request)",
        client.responses().beta().delete("sample", &params).await,
    );
}

#[tokio::test]
async fn beta_cancel_response_minimal() {
    let client = client();
    let params = crate::types::BetaCancelResponseParams::new();
    let _response = ok(
        "beta_cancelResponse (POST /responses/{response_id}/cancel, minimal request)",
        client.responses().beta().cancel("sample", &params).await,
    );
}

#[tokio::test]
async fn beta_cancel_response_full() {
    let client = client();
    let params = crate::types::BetaCancelResponseParams::new()
        .openai_beta(
            vec![crate::types::ResponsesBetaFeaturesItem::ResponsesMultiAgentV1],
        );
    let _response = ok(
        "beta_cancelResponse (POST /responses/{response_id}/cancel, full request)",
        client.responses().beta().cancel("sample", &params).await,
    );
}

#[tokio::test]
async fn beta_list_input_items_minimal() {
    let client = client();
    let params = crate::types::BetaListInputItemsParams::new();
    let _response = ok(
        "beta_listInputItems (GET /responses/{response_id}/input_items, minimal request)",
        client.responses().beta().input_items().list("sample", &params).await,
    );
}

#[tokio::test]
async fn beta_list_input_items_full() {
    let client = client();
    let params = crate::types::BetaListInputItemsParams::new()
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .after(String::from("sample"))
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults])
        .openai_beta(
            vec![crate::types::ResponsesBetaFeaturesItem::ResponsesMultiAgentV1],
        );
    let _response = ok(
        "beta_listInputItems (GET /responses/{response_id}/input_items, full request)",
        client.responses().beta().input_items().list("sample", &params).await,
    );
}

#[tokio::test]
async fn beta_compactconversation_example() {
    let client = client();
    let params = crate::types::BetaCompactconversationParams::new();
    let request = crate::types::CompactResponseMethodPublicBody::new(
            String::from("gpt-5"),
        )
        .previous_response_id(String::from("resp_abc123"));
    let _response = ok(
        "beta_Compactconversation (POST /responses/compact, example request)",
        client.responses().beta().compact(&params, &request).await,
    );
}

#[tokio::test]
async fn beta_compactconversation_minimal() {
    let client = client();
    let params = crate::types::BetaCompactconversationParams::new();
    let request = crate::types::CompactResponseMethodPublicBody::new(
        String::from("sample"),
    );
    let _response = ok(
        "beta_Compactconversation (POST /responses/compact, minimal request)",
        client.responses().beta().compact(&params, &request).await,
    );
}

#[tokio::test]
async fn beta_compactconversation_full() {
    let client = client();
    let params = crate::types::BetaCompactconversationParams::new()
        .openai_beta(
            vec![crate::types::ResponsesBetaFeaturesItem::ResponsesMultiAgentV1],
        );
    let request = crate::types::CompactResponseMethodPublicBody::new(
            String::from("sample"),
        )
        .input(crate::types::InputParam::String(String::from("sample")))
        .previous_response_id(String::from("sample"))
        .instructions(String::from("sample"))
        .prompt_cache_key(String::from("sample"))
        .prompt_cache_retention(
            crate::types::CompactResponseMethodPublicBodyPromptCacheRetention::InMemory,
        )
        .service_tier(crate::types::CompactResponseMethodPublicBodyServiceTier::Auto);
    let _response = ok(
        "beta_Compactconversation (POST /responses/compact, full request)",
        client.responses().beta().compact(&params, &request).await,
    );
}

#[tokio::test]
async fn beta_getinputtokencounts_example() {
    let client = client();
    let params = crate::types::BetaGetinputtokencountsParams::new();
    let request = crate::types::TokenCountsBody::new()
        .model(String::from("gpt-5"))
        .input(crate::types::InputParam::String(String::from("Tell me a joke.")));
    let _response = ok(
        "beta_Getinputtokencounts (POST /responses/input_tokens, example request)",
        client.responses().beta().input_tokens().count(&params, &request).await,
    );
}

#[tokio::test]
async fn beta_getinputtokencounts_minimal() {
    let client = client();
    let params = crate::types::BetaGetinputtokencountsParams::new();
    let request = crate::types::TokenCountsBody::new();
    let _response = ok(
        "beta_Getinputtokencounts (POST /responses/input_tokens, minimal request)",
        client.responses().beta().input_tokens().count(&params, &request).await,
    );
}

#[tokio::test]
async fn beta_getinputtokencounts_full() {
    let client = client();
    let params = crate::types::BetaGetinputtokencountsParams::new()
        .openai_beta(
            vec![crate::types::ResponsesBetaFeaturesItem::ResponsesMultiAgentV1],
        );
    let request = crate::types::TokenCountsBody::new()
        .model(String::from("sample"))
        .input(crate::types::InputParam::String(String::from("sample")))
        .instructions(String::from("sample"))
        .previous_response_id(String::from("sample"))
        .conversation(crate::types::ConversationParam::String(String::from("sample")))
        .tools(
            vec![
                crate::types::Tool::WebSearch(crate::types::WebSearchTool::new()),
                crate::types::Tool::FileSearch(
                    crate::types::FileSearchTool::new(vec![String::from("vs_abc123")]),
                ),
                crate::types::Tool::Function(
                    crate::types::FunctionTool::new(String::from("process_data"))
                        .description(String::from("Process the analyzed data"))
                        .parameters(
                            ::serde_json::from_str::<
                                ::serde_json::Value,
                            >(
                                    "{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\"},\"operation\":{\"type\":\"string\"}}}",
                                )
                                .expect("sample JSON"),
                        )
                        .strict(false),
                ),
            ],
        )
        .tool_choice(
            crate::types::ToolChoiceParam::ToolChoiceOptions(
                crate::types::ToolChoiceOptions::None,
            ),
        )
        .parallel_tool_calls(false)
        .text(
            crate::types::ResponseTextParam::new()
                .format(
                    crate::types::TextResponseFormatConfiguration::Text(
                        crate::types::ResponseFormatText::new(),
                    ),
                )
                .verbosity(crate::types::Verbosity::Low),
        )
        .reasoning(
            crate::types::Reasoning::new()
                .effort(crate::types::ReasoningEffort::None)
                .summary(crate::types::ReasoningSummary::Auto)
                .generate_summary(crate::types::ReasoningGenerateSummary::Auto),
        )
        .truncation(crate::types::TokenCountsBodyTruncation::Auto)
        .personality(String::from("sample"));
    let _response = ok(
        "beta_Getinputtokencounts (POST /responses/input_tokens, full request)",
        client.responses().beta().input_tokens().count(&params, &request).await,
    );
}

#[tokio::test]
async fn get_conversation_minimal() {
    let client = client();
    let _response = ok(
        "getConversation (GET /conversations/{conversation_id}, minimal request)",
        client.conversations().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_conversation_example() {
    let client = client();
    let request = crate::types::UpdateConversationBody::new()
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("topic"), String::from("project-x"))]),
        );
    let _response = ok(
        "updateConversation (POST /conversations/{conversation_id}, example request)",
        client.conversations().update("sample", &request).await,
    );
}

#[tokio::test]
async fn update_conversation_minimal() {
    let client = client();
    let request = crate::types::UpdateConversationBody::new()
        .metadata(::std::collections::BTreeMap::<String, String>::from([]));
    let _response = ok(
        "updateConversation (POST /conversations/{conversation_id}, minimal request)",
        client.conversations().update("sample", &request).await,
    );
}

#[tokio::test]
async fn update_conversation_full() {
    let client = client();
    let request = crate::types::UpdateConversationBody::new()
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "updateConversation (POST /conversations/{conversation_id}, full request)",
        client.conversations().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_conversation_minimal() {
    let client = client();
    let _response = ok(
        "deleteConversation (DELETE /conversations/{conversation_id}, minimal request)",
        client.conversations().delete("sample").await,
    );
}

#[tokio::test]
async fn get_conversation_item_minimal() {
    let client = client();
    let params = crate::types::GetConversationItemParams::new();
    let _response = ok(
        "getConversationItem (GET /conversations/{conversation_id}/items/{item_id}, minimal request)",
        client.conversations().items().retrieve("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn get_conversation_item_full() {
    let client = client();
    let params = crate::types::GetConversationItemParams::new()
        .include(vec![crate::types::IncludeEnum::FileSearchCallResults]);
    let _response = ok(
        "getConversationItem (GET /conversations/{conversation_id}/items/{item_id}, full request)",
        client.conversations().items().retrieve("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn delete_conversation_item_minimal() {
    let client = client();
    let _response = ok(
        "deleteConversationItem (DELETE /conversations/{conversation_id}/items/{item_id}, minimal request)",
        client.conversations().items().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn create_completion_example() {
    let client = client();
    let request = crate::types::CreateCompletionRequest::new(
            String::from("gpt-3.5-turbo-instruct"),
        )
        .prompt(
            crate::types::CreateCompletionRequestPrompt::String(
                String::from("Say this is a test"),
            ),
        )
        .max_tokens(7i64)
        .temperature(0f64);
    let _response = ok(
        "createCompletion (POST /completions, example request)",
        client.completions().create(&request).await,
    );
}

#[tokio::test]
async fn create_completion_example_stream() {
    let client = client();
    let request = crate::types::CreateCompletionRequest::new(
            String::from("gpt-3.5-turbo-instruct"),
        )
        .prompt(
            crate::types::CreateCompletionRequestPrompt::String(
                String::from("Say this is a test"),
            ),
        )
        .max_tokens(7i64)
        .temperature(0f64);
    let mut events = ok(
        "createCompletion (POST /completions, example request, streamed)",
        client.completions().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createCompletion (POST /completions, example request, streamed)", event);
    }
}

#[tokio::test]
async fn create_completion_minimal() {
    let client = client();
    let request = crate::types::CreateCompletionRequest::new(String::from("sample"))
        .prompt(
            crate::types::CreateCompletionRequestPrompt::String(String::from("sample")),
        );
    let _response = ok(
        "createCompletion (POST /completions, minimal request)",
        client.completions().create(&request).await,
    );
}

#[tokio::test]
async fn create_completion_minimal_stream() {
    let client = client();
    let request = crate::types::CreateCompletionRequest::new(String::from("sample"))
        .prompt(
            crate::types::CreateCompletionRequestPrompt::String(String::from("sample")),
        );
    let mut events = ok(
        "createCompletion (POST /completions, minimal request, streamed)",
        client.completions().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createCompletion (POST /completions, minimal request, streamed)", event);
    }
}

#[tokio::test]
async fn create_completion_full() {
    let client = client();
    let request = crate::types::CreateCompletionRequest::new(String::from("sample"))
        .prompt(
            crate::types::CreateCompletionRequestPrompt::String(String::from("sample")),
        )
        .suffix(String::from("sample"))
        .max_tokens(1i64)
        .temperature(1.5f64)
        .top_p(0.5f64)
        .n(1i64)
        .best_of(1i64)
        .stream_options(
            crate::types::ChatCompletionStreamOptions::new()
                .include_usage(false)
                .include_obfuscation(false),
        )
        .logprobs(1i64)
        .echo(false)
        .stop(crate::types::StopConfiguration::String(String::from("sample")))
        .presence_penalty(1.5f64)
        .frequency_penalty(1.5f64)
        .logit_bias(
            ::std::collections::BTreeMap::<
                String,
                i64,
            >::from([(String::from("key1"), 1i64)]),
        )
        .seed(1i64)
        .user(String::from("sample"));
    let _response = ok(
        "createCompletion (POST /completions, full request)",
        client.completions().create(&request).await,
    );
}

#[tokio::test]
async fn create_completion_full_stream() {
    let client = client();
    let request = crate::types::CreateCompletionRequest::new(String::from("sample"))
        .prompt(
            crate::types::CreateCompletionRequestPrompt::String(String::from("sample")),
        )
        .suffix(String::from("sample"))
        .max_tokens(1i64)
        .temperature(1.5f64)
        .top_p(0.5f64)
        .n(1i64)
        .best_of(1i64)
        .stream_options(
            crate::types::ChatCompletionStreamOptions::new()
                .include_usage(false)
                .include_obfuscation(false),
        )
        .logprobs(1i64)
        .echo(false)
        .stop(crate::types::StopConfiguration::String(String::from("sample")))
        .presence_penalty(1.5f64)
        .frequency_penalty(1.5f64)
        .logit_bias(
            ::std::collections::BTreeMap::<
                String,
                i64,
            >::from([(String::from("key1"), 1i64)]),
        )
        .seed(1i64)
        .user(String::from("sample"));
    let mut events = ok(
        "createCompletion (POST /completions, full request, streamed)",
        client.completions().create_stream(&request).await,
    );
    while let Some(event) = events.next().await {
        ok("createCompletion (POST /completions, full request, streamed)", event);
    }
}

#[tokio::test]
async fn createcontentprovenancecheck_minimal() {
    let client = client();
    let request = crate::types::CreateContentProvenanceBody::new(
        crate::runtime::FileUpload::from_bytes("sample.txt", b"sample".to_vec()),
    );
    let _response = ok(
        "Createcontentprovenancecheck (POST /content_provenance_checks, minimal request)",
        client.content_provenance_checks().create(&request).await,
    );
}

#[tokio::test]
async fn list_evals_minimal() {
    let client = client();
    let params = crate::types::ListEvalsParams::new();
    let _response = ok(
        "listEvals (GET /evals, minimal request)",
        client.evals().list(&params).await,
    );
}

#[tokio::test]
async fn list_evals_full() {
    let client = client();
    let params = crate::types::ListEvalsParams::new()
        .after(String::from("sample"))
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .order_by(crate::types::ListEvalsOrderBy::CreatedAt);
    let _response = ok(
        "listEvals (GET /evals, full request)",
        client.evals().list(&params).await,
    );
}

#[tokio::test]
async fn create_eval_example() {
    let client = client();
    let request = crate::types::CreateEvalRequest::new(
            crate::types::CreateEvalDataSourceConfig::Custom(
                crate::types::CreateEvalCustomDataSourceConfig::new(
                        ::serde_json::from_str::<
                            ::serde_json::Value,
                        >(
                                "{\"type\":\"object\",\"properties\":{\"statement\":{\"type\":\"string\"},\"label\":{\"type\":\"string\"}},\"required\":[\"statement\",\"label\"]}",
                            )
                            .expect("sample JSON"),
                    )
                    .include_sample_schema(true),
            ),
            vec![
                crate::types::CreateEvalTestingCriterion::StringCheck(
                    crate::types::GraderStringCheck::new(
                        String::from("label matches"),
                        String::from("{{sample.output_text}}"),
                        String::from("{{item.label}}"),
                        crate::types::GraderStringCheckOperation::Eq,
                    ),
                ),
                crate::types::CreateEvalTestingCriterion::LabelModel(
                    crate::types::CreateEvalLabelModelGrader::new(
                        String::from("tone"),
                        String::from("gpt-4o-mini"),
                        vec![
                            crate::types::CreateEvalItem::EvalItem(
                                crate::types::EvalItem::new(
                                    crate::types::EvalItemRole::Developer,
                                    crate::types::EvalItemContent::EvalItemContentItem(
                                        crate::types::EvalItemContentItem::EvalItemContentText(
                                            String::from(
                                                "Classify the tone of the statement as positive, neutral or negative.",
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                            crate::types::CreateEvalItem::EvalItem(
                                crate::types::EvalItem::new(
                                        crate::types::EvalItemRole::User,
                                        crate::types::EvalItemContent::EvalItemContentItem(
                                            crate::types::EvalItemContentItem::InputTextContent(
                                                crate::types::InputTextContent::new(
                                                    String::from("{{item.statement}}"),
                                                ),
                                            ),
                                        ),
                                    )
                                    .r#type(String::from("message")),
                            ),
                        ],
                        vec![
                            String::from("positive"),
                            String::from("neutral"),
                            String::from("negative"),
                        ],
                        vec![String::from("positive"), String::from("neutral")],
                    ),
                ),
            ],
        )
        .name(String::from("Sentiment"))
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("team"), String::from("support"))]),
        );
    let _response = ok(
        "createEval (POST /evals, example request)",
        client.evals().create(&request).await,
    );
}

#[tokio::test]
async fn create_eval_minimal() {
    let client = client();
    let request = crate::types::CreateEvalRequest::new(
        crate::types::CreateEvalDataSourceConfig::Custom(
            crate::types::CreateEvalCustomDataSourceConfig::new(
                ::serde_json::from_str::<::serde_json::Value>("{}").expect("sample JSON"),
            ),
        ),
        vec![
            crate::types::CreateEvalTestingCriterion::LabelModel(
                crate::types::CreateEvalLabelModelGrader::new(
                    String::from("sample"),
                    String::from("sample"),
                    vec![
                        crate::types::CreateEvalItem::EvalItem(
                            crate::types::EvalItem::new(
                                crate::types::EvalItemRole::User,
                                crate::types::EvalItemContent::EvalItemContentItem(
                                    crate::types::EvalItemContentItem::EvalItemContentText(
                                        String::from("sample"),
                                    ),
                                ),
                            ),
                        ),
                    ],
                    vec![String::from("sample")],
                    vec![String::from("sample")],
                ),
            ),
        ],
    );
    let _response = ok(
        "createEval (POST /evals, minimal request)",
        client.evals().create(&request).await,
    );
}

#[tokio::test]
async fn create_eval_full() {
    let client = client();
    let request = crate::types::CreateEvalRequest::new(
            crate::types::CreateEvalDataSourceConfig::Custom(
                crate::types::CreateEvalCustomDataSourceConfig::new(
                    ::serde_json::from_str::<::serde_json::Value>("{}")
                        .expect("sample JSON"),
                ),
            ),
            vec![
                crate::types::CreateEvalTestingCriterion::LabelModel(
                    crate::types::CreateEvalLabelModelGrader::new(
                        String::from("sample"),
                        String::from("sample"),
                        vec![
                            crate::types::CreateEvalItem::EvalItem(
                                crate::types::EvalItem::new(
                                    crate::types::EvalItemRole::User,
                                    crate::types::EvalItemContent::EvalItemContentItem(
                                        crate::types::EvalItemContentItem::EvalItemContentText(
                                            String::from("sample"),
                                        ),
                                    ),
                                ),
                            ),
                        ],
                        vec![String::from("sample")],
                        vec![String::from("sample")],
                    ),
                ),
            ],
        )
        .name(String::from("sample"))
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "createEval (POST /evals, full request)",
        client.evals().create(&request).await,
    );
}

#[tokio::test]
async fn get_eval_minimal() {
    let client = client();
    let _response = ok(
        "getEval (GET /evals/{eval_id}, minimal request)",
        client.evals().retrieve("sample").await,
    );
}

#[tokio::test]
async fn update_eval_minimal() {
    let client = client();
    let request = crate::types::UpdateEvalRequest::new();
    let _response = ok(
        "updateEval (POST /evals/{eval_id}, minimal request)",
        client.evals().update("sample", &request).await,
    );
}

#[tokio::test]
async fn update_eval_full() {
    let client = client();
    let request = crate::types::UpdateEvalRequest::new()
        .name(String::from("sample"))
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "updateEval (POST /evals/{eval_id}, full request)",
        client.evals().update("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_eval_minimal() {
    let client = client();
    let _response = ok(
        "deleteEval (DELETE /evals/{eval_id}, minimal request)",
        client.evals().delete("sample").await,
    );
}

#[tokio::test]
async fn get_eval_runs_minimal() {
    let client = client();
    let params = crate::types::GetEvalRunsParams::new();
    let _response = ok(
        "getEvalRuns (GET /evals/{eval_id}/runs, minimal request)",
        client.evals().runs().list("sample", &params).await,
    );
}

#[tokio::test]
async fn get_eval_runs_full() {
    let client = client();
    let params = crate::types::GetEvalRunsParams::new()
        .after(String::from("sample"))
        .limit(1i64)
        .order(crate::types::SortOrder::Asc)
        .status(crate::types::GetEvalRunsStatus::Queued);
    let _response = ok(
        "getEvalRuns (GET /evals/{eval_id}/runs, full request)",
        client.evals().runs().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_eval_run_example() {
    let client = client();
    let request = crate::types::CreateEvalRunRequest::new(
            crate::types::EvalRunDataSource::Completions(
                crate::types::CreateEvalCompletionsRunDataSource::new(
                        crate::types::EvalCompletionsRunSource::FileId(
                            crate::types::EvalJsonlFileIdSource::new(
                                String::from("file-abc123"),
                            ),
                        ),
                    )
                    .input_messages(
                        crate::types::EvalCompletionsInputMessages::Template(
                            crate::types::EvalCompletionsTemplateInputMessages::new(
                                vec![
                                    crate::types::EvalCompletionsTemplateMessage::EvalItem(
                                        crate::types::EvalItem::new(
                                            crate::types::EvalItemRole::Developer,
                                            crate::types::EvalItemContent::EvalItemContentItem(
                                                crate::types::EvalItemContentItem::EvalItemContentText(
                                                    String::from(
                                                        "Answer with one word: positive, neutral or negative.",
                                                    ),
                                                ),
                                            ),
                                        ),
                                    ),
                                    crate::types::EvalCompletionsTemplateMessage::EvalItem(
                                        crate::types::EvalItem::new(
                                            crate::types::EvalItemRole::User,
                                            crate::types::EvalItemContent::EvalItemContentItem(
                                                crate::types::EvalItemContentItem::EvalItemContentText(
                                                    String::from("{{item.statement}}"),
                                                ),
                                            ),
                                        ),
                                    ),
                                ],
                            ),
                        ),
                    )
                    .sampling_params(
                        crate::types::EvalCompletionsSamplingParams::new()
                            .temperature(0.2f64)
                            .max_completion_tokens(16i64)
                            .seed(42i64),
                    )
                    .model(String::from("gpt-4o-mini")),
            ),
        )
        .name(String::from("gpt-4o-mini baseline"));
    let _response = ok(
        "createEvalRun (POST /evals/{eval_id}/runs, example request)",
        client.evals().runs().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_eval_run_minimal() {
    let client = client();
    let request = crate::types::CreateEvalRunRequest::new(
        crate::types::EvalRunDataSource::Jsonl(
            crate::types::CreateEvalJsonlRunDataSource::new(
                crate::types::EvalJsonlRunSource::FileContent(
                    crate::types::EvalJsonlFileContentSource::new(
                        vec![
                            crate::types::EvalJsonlFileContentRow::new(
                                ::serde_json::from_str::<::serde_json::Value>("{}")
                                    .expect("sample JSON"),
                            ),
                        ],
                    ),
                ),
            ),
        ),
    );
    let _response = ok(
        "createEvalRun (POST /evals/{eval_id}/runs, minimal request)",
        client.evals().runs().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_eval_run_full() {
    let client = client();
    let request = crate::types::CreateEvalRunRequest::new(
            crate::types::EvalRunDataSource::Jsonl(
                crate::types::CreateEvalJsonlRunDataSource::new(
                    crate::types::EvalJsonlRunSource::FileContent(
                        crate::types::EvalJsonlFileContentSource::new(
                            vec![
                                crate::types::EvalJsonlFileContentRow::new(
                                    ::serde_json::from_str::<::serde_json::Value>("{}")
                                        .expect("sample JSON"),
                                ),
                            ],
                        ),
                    ),
                ),
            ),
        )
        .name(String::from("sample"))
        .metadata(
            ::std::collections::BTreeMap::<
                String,
                String,
            >::from([(String::from("key1"), String::from("sample"))]),
        );
    let _response = ok(
        "createEvalRun (POST /evals/{eval_id}/runs, full request)",
        client.evals().runs().create("sample", &request).await,
    );
}

#[tokio::test]
async fn get_eval_run_minimal() {
    let client = client();
    let _response = ok(
        "getEvalRun (GET /evals/{eval_id}/runs/{run_id}, minimal request)",
        client.evals().runs().retrieve("sample", "sample").await,
    );
}

#[tokio::test]
async fn cancel_eval_run_minimal() {
    let client = client();
    let _response = ok(
        "cancelEvalRun (POST /evals/{eval_id}/runs/{run_id}, minimal request)",
        client.evals().runs().cancel("sample", "sample").await,
    );
}

#[tokio::test]
async fn delete_eval_run_minimal() {
    let client = client();
    let _response = ok(
        "deleteEvalRun (DELETE /evals/{eval_id}/runs/{run_id}, minimal request)",
        client.evals().runs().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn get_eval_run_output_items_minimal() {
    let client = client();
    let params = crate::types::GetEvalRunOutputItemsParams::new();
    let _response = ok(
        "getEvalRunOutputItems (GET /evals/{eval_id}/runs/{run_id}/output_items, minimal request)",
        client.evals().runs().output_items().list("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn get_eval_run_output_items_full() {
    let client = client();
    let params = crate::types::GetEvalRunOutputItemsParams::new()
        .after(String::from("sample"))
        .limit(1i64)
        .status(crate::types::GetEvalRunOutputItemsStatus::Fail)
        .order(crate::types::SortOrder::Asc);
    let _response = ok(
        "getEvalRunOutputItems (GET /evals/{eval_id}/runs/{run_id}/output_items, full request)",
        client.evals().runs().output_items().list("sample", "sample", &params).await,
    );
}

#[tokio::test]
async fn get_eval_run_output_item_minimal() {
    let client = client();
    let _response = ok(
        "getEvalRunOutputItem (GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}, minimal request)",
        client.evals().runs().output_items().retrieve("sample", "sample", "sample").await,
    );
}

#[tokio::test]
async fn run_grader_example() {
    let client = client();
    let request = crate::types::RunGraderRequest::new(
            crate::types::Grader::StringCheck(
                crate::types::GraderStringCheck::new(
                    String::from("exact label"),
                    String::from("{{sample.output_text}}"),
                    String::from("{{item.label}}"),
                    crate::types::GraderStringCheckOperation::Eq,
                ),
            ),
            String::from("positive"),
        )
        .item(
            ::serde_json::from_str::<::serde_json::Value>("{\"label\":\"positive\"}")
                .expect("sample JSON"),
        );
    let _response = ok(
        "runGrader (POST /fine_tuning/alpha/graders/run, example request)",
        client.fine_tuning().graders().run(&request).await,
    );
}

#[tokio::test]
async fn run_grader_minimal() {
    let client = client();
    let request = crate::types::RunGraderRequest::new(
        crate::types::Grader::StringCheck(
            crate::types::GraderStringCheck::new(
                String::from("sample"),
                String::from("sample"),
                String::from("sample"),
                crate::types::GraderStringCheckOperation::Eq,
            ),
        ),
        String::from("sample"),
    );
    let _response = ok(
        "runGrader (POST /fine_tuning/alpha/graders/run, minimal request)",
        client.fine_tuning().graders().run(&request).await,
    );
}

#[tokio::test]
async fn run_grader_full() {
    let client = client();
    let request = crate::types::RunGraderRequest::new(
            crate::types::Grader::StringCheck(
                crate::types::GraderStringCheck::new(
                    String::from("sample"),
                    String::from("sample"),
                    String::from("sample"),
                    crate::types::GraderStringCheckOperation::Eq,
                ),
            ),
            String::from("sample"),
        )
        .item(::serde_json::from_str::<::serde_json::Value>("{}").expect("sample JSON"));
    let _response = ok(
        "runGrader (POST /fine_tuning/alpha/graders/run, full request)",
        client.fine_tuning().graders().run(&request).await,
    );
}

#[tokio::test]
async fn validate_grader_minimal() {
    let client = client();
    let request = crate::types::ValidateGraderRequest::new(
        crate::types::Grader::StringCheck(
            crate::types::GraderStringCheck::new(
                String::from("sample"),
                String::from("sample"),
                String::from("sample"),
                crate::types::GraderStringCheckOperation::Eq,
            ),
        ),
    );
    let _response = ok(
        "validateGrader (POST /fine_tuning/alpha/graders/validate, minimal request)",
        client.fine_tuning().graders().validate(&request).await,
    );
}

#[tokio::test]
async fn list_fine_tuning_checkpoint_permissions_minimal() {
    let client = client();
    let params = crate::types::ListFineTuningCheckpointPermissionsParams::new();
    let _response = ok(
        "listFineTuningCheckpointPermissions (GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions, minimal request)",
        client.fine_tuning().checkpoints().permissions().list("sample", &params).await,
    );
}

#[tokio::test]
async fn list_fine_tuning_checkpoint_permissions_full() {
    let client = client();
    let params = crate::types::ListFineTuningCheckpointPermissionsParams::new()
        .project_id(String::from("sample"))
        .after(String::from("sample"))
        .limit(1i64)
        .order(crate::types::ListFineTuningCheckpointPermissionsOrder::Descending);
    let _response = ok(
        "listFineTuningCheckpointPermissions (GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions, full request)",
        client.fine_tuning().checkpoints().permissions().list("sample", &params).await,
    );
}

#[tokio::test]
async fn create_fine_tuning_checkpoint_permission_example() {
    let client = client();
    let request = crate::types::CreateFineTuningCheckpointPermissionRequest::new(
        vec![String::from("proj_abGMw1llN8IrBb6SvvY5A1iH")],
    );
    let _response = ok(
        "createFineTuningCheckpointPermission (POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions, example request)",
        client.fine_tuning().checkpoints().permissions().create("sample", &request).await,
    );
}

#[tokio::test]
async fn create_fine_tuning_checkpoint_permission_minimal() {
    let client = client();
    let request = crate::types::CreateFineTuningCheckpointPermissionRequest::new(
        vec![String::from("sample")],
    );
    let _response = ok(
        "createFineTuningCheckpointPermission (POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions, minimal request)",
        client.fine_tuning().checkpoints().permissions().create("sample", &request).await,
    );
}

#[tokio::test]
async fn delete_fine_tuning_checkpoint_permission_minimal() {
    let client = client();
    let _response = ok(
        "deleteFineTuningCheckpointPermission (DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}, minimal request)",
        client.fine_tuning().checkpoints().permissions().delete("sample", "sample").await,
    );
}

#[tokio::test]
async fn pause_fine_tuning_job_minimal() {
    let client = client();
    let _response = ok(
        "pauseFineTuningJob (POST /fine_tuning/jobs/{fine_tuning_job_id}/pause, minimal request)",
        client.fine_tuning().jobs().pause("sample").await,
    );
}

#[tokio::test]
async fn resume_fine_tuning_job_minimal() {
    let client = client();
    let _response = ok(
        "resumeFineTuningJob (POST /fine_tuning/jobs/{fine_tuning_job_id}/resume, minimal request)",
        client.fine_tuning().jobs().resume("sample").await,
    );
}

#[tokio::test]
async fn create_realtime_client_secret_minimal() {
    let client = client();
    let request = crate::types::RealtimeCreateClientSecretRequest::new();
    let _response = ok(
        "create-realtime-client-secret (POST /realtime/client_secrets, minimal request)",
        client.realtime().client_secrets().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_client_secret_full() {
    let client = client();
    let request = crate::types::RealtimeCreateClientSecretRequest::new()
        .expires_after(
            crate::types::RealtimeClientSecretExpiresAfter::new()
                .anchor(String::from("created_at"))
                .seconds(10i64),
        )
        .session(
            crate::types::RealtimeSessionConfig::Realtime(
                crate::types::RealtimeSessionCreateRequest::new(),
            ),
        );
    let _response = ok(
        "create-realtime-client-secret (POST /realtime/client_secrets, full request)",
        client.realtime().client_secrets().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_session_minimal() {
    let client = client();
    let request = crate::types::RealtimeBetaSessionCreateRequest::new();
    let _response = ok(
        "create-realtime-session (POST /realtime/sessions, minimal request)",
        client.realtime().sessions().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_session_full() {
    let client = client();
    let request = crate::types::RealtimeBetaSessionCreateRequest::new()
        .modalities(
            vec![crate::types::RealtimeBetaSessionCreateRequestModalitiesItem::Text],
        )
        .instructions(String::from("sample"))
        .voice(
            crate::types::VoiceIdsOrCustomVoice::VoiceIdsShared(String::from("sample")),
        )
        .input_audio_format(String::from("sample"))
        .output_audio_format(String::from("sample"))
        .input_audio_transcription(
            crate::types::RealtimeBetaSessionCreateRequestInputAudioTranscription::new()
                .model(String::from("sample")),
        )
        .speed(1.5f64)
        .tracing(
            crate::types::RealtimeTracingConfig::Enum(
                crate::types::RealtimeTracingConfigEnum::Auto,
            ),
        )
        .turn_detection(
            crate::types::RealtimeTurnDetectionSettings::new()
                .r#type(String::from("sample"))
                .threshold(1.5f64)
                .prefix_padding_ms(1i64)
                .silence_duration_ms(1i64),
        )
        .tools(
            vec![
                crate::types::RealtimeFunctionTool::new()
                    .name(String::from("sample"))
                    .description(String::from("sample"))
                    .parameters(
                        ::serde_json::from_str::<::serde_json::Value>("{}")
                            .expect("sample JSON"),
                    ),
            ],
        )
        .tool_choice(String::from("sample"))
        .temperature(1.5f64)
        .max_response_output_tokens(crate::types::RealtimeMaxOutputTokens::Integer(1i64))
        .truncation(
            crate::types::RealtimeTruncation::Enum(
                crate::types::RealtimeTruncationEnum::Auto,
            ),
        )
        .prompt(
            crate::types::Prompt::new(String::from("sample"))
                .version(String::from("sample"))
                .variables(
                    ::std::collections::BTreeMap::<
                        String,
                        crate::types::PromptVariableValue,
                    >::from([]),
                ),
        );
    let _response = ok(
        "create-realtime-session (POST /realtime/sessions, full request)",
        client.realtime().sessions().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_transcription_session_minimal() {
    let client = client();
    let request = crate::types::RealtimeBetaTranscriptionSessionCreateRequest::new();
    let _response = ok(
        "create-realtime-transcription-session (POST /realtime/transcription_sessions, minimal request)",
        client.realtime().transcription_sessions().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_transcription_session_full() {
    let client = client();
    let request = crate::types::RealtimeBetaTranscriptionSessionCreateRequest::new()
        .turn_detection(
            crate::types::RealtimeBetaTranscriptionTurnDetection::new()
                .r#type(String::from("server_vad"))
                .threshold(1.5f64)
                .prefix_padding_ms(1i64)
                .silence_duration_ms(1i64),
        )
        .input_audio_noise_reduction(
            crate::types::RealtimeNoiseReduction::new()
                .r#type(crate::types::NoiseReductionType::NearField),
        )
        .input_audio_format(
            crate::types::RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat::Pcm16,
        )
        .input_audio_transcription(
            crate::types::AudioTranscription::new()
                .model(String::from("sample"))
                .language(String::from("sample"))
                .languages(vec![String::from("sample")])
                .keywords(vec![String::from("sample")])
                .prompt(String::from("sample"))
                .delay(crate::types::AudioTranscriptionDelay::Minimal),
        )
        .include(
            vec![
                crate::types::RealtimeBetaTranscriptionSessionCreateRequestIncludeItem::ItemInputAudioTranscriptionLogprobs,
            ],
        );
    let _response = ok(
        "create-realtime-transcription-session (POST /realtime/transcription_sessions, full request)",
        client.realtime().transcription_sessions().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_translation_client_secret_minimal() {
    let client = client();
    let request = crate::types::RealtimeTranslationClientSecretCreateRequest::new(
        crate::types::RealtimeTranslationSessionCreateRequest::new(
            String::from("sample"),
        ),
    );
    let _response = ok(
        "create-realtime-translation-client-secret (POST /realtime/translations/client_secrets, minimal request)",
        client.realtime().translations().client_secrets().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_translation_client_secret_full() {
    let client = client();
    let request = crate::types::RealtimeTranslationClientSecretCreateRequest::new(
            crate::types::RealtimeTranslationSessionCreateRequest::new(
                    String::from("sample"),
                )
                .audio(crate::types::RealtimeTranslationSessionAudio::new()),
        )
        .expires_after(
            crate::types::RealtimeClientSecretExpiresAfter::new()
                .anchor(String::from("created_at"))
                .seconds(10i64),
        );
    let _response = ok(
        "create-realtime-translation-client-secret (POST /realtime/translations/client_secrets, full request)",
        client.realtime().translations().client_secrets().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_call_minimal() {
    let client = client();
    let request = crate::types::RealtimeCallCreateRequest::new(String::from("sample"));
    let _response = ok(
        "create-realtime-call (POST /realtime/calls, minimal request)",
        client.realtime().calls().create(&request).await,
    );
}

#[tokio::test]
async fn create_realtime_call_full() {
    let client = client();
    let request = crate::types::RealtimeCallCreateRequest::new(String::from("sample"))
        .session(
            crate::types::RealtimeSessionCreateRequest::new()
                .output_modalities(
                    vec![
                        crate::types::RealtimeSessionCreateRequestOutputModalitiesItem::Text,
                    ],
                )
                .model(String::from("sample"))
                .instructions(String::from("sample"))
                .audio(crate::types::RealtimeSessionAudio::new())
                .include(
                    vec![
                        crate::types::RealtimeSessionCreateRequestIncludeItem::ItemInputAudioTranscriptionLogprobs,
                    ],
                )
                .tracing(
                    crate::types::RealtimeTracingConfig::Enum(
                        crate::types::RealtimeTracingConfigEnum::Auto,
                    ),
                )
                .tools(
                    vec![
                        crate::types::RealtimeTool::Unknown(
                            ::serde_json::from_str("{}").expect("sample JSON"),
                        ),
                    ],
                )
                .tool_choice(
                    crate::types::RealtimeToolChoice::ToolChoiceOptions(
                        crate::types::ToolChoiceOptions::None,
                    ),
                )
                .parallel_tool_calls(false)
                .reasoning(crate::types::RealtimeReasoning::new())
                .max_output_tokens(crate::types::RealtimeMaxOutputTokens::Integer(1i64))
                .truncation(
                    crate::types::RealtimeTruncation::Enum(
                        crate::types::RealtimeTruncationEnum::Auto,
                    ),
                )
                .prompt(crate::types::Prompt::new(String::from("sample"))),
        );
    let _response = ok(
        "create-realtime-call (POST /realtime/calls, full request)",
        client.realtime().calls().create(&request).await,
    );
}

#[tokio::test]
async fn accept_realtime_call_minimal() {
    let client = client();
    let request = crate::types::RealtimeSessionCreateRequest::new();
    ok(
        "accept-realtime-call (POST /realtime/calls/{call_id}/accept, minimal request)",
        client.realtime().calls().accept("sample", &request).await,
    );
}

#[tokio::test]
async fn accept_realtime_call_full() {
    let client = client();
    let request = crate::types::RealtimeSessionCreateRequest::new()
        .output_modalities(
            vec![crate::types::RealtimeSessionCreateRequestOutputModalitiesItem::Text],
        )
        .model(String::from("sample"))
        .instructions(String::from("sample"))
        .audio(
            crate::types::RealtimeSessionAudio::new()
                .input(crate::types::RealtimeSessionAudioInput::new())
                .output(crate::types::RealtimeSessionAudioOutput::new()),
        )
        .include(
            vec![
                crate::types::RealtimeSessionCreateRequestIncludeItem::ItemInputAudioTranscriptionLogprobs,
            ],
        )
        .tracing(
            crate::types::RealtimeTracingConfig::Enum(
                crate::types::RealtimeTracingConfigEnum::Auto,
            ),
        )
        .tools(
            vec![
                crate::types::RealtimeTool::Unknown(
                    ::serde_json::from_str("{}").expect("sample JSON"),
                ),
            ],
        )
        .tool_choice(
            crate::types::RealtimeToolChoice::ToolChoiceOptions(
                crate::types::ToolChoiceOptions::None,
            ),
        )
        .parallel_tool_calls(false)
        .reasoning(
            crate::types::RealtimeReasoning::new()
                .effort(crate::types::RealtimeReasoningEffort::Minimal),
        )
        .max_output_tokens(crate::types::RealtimeMaxOutputTokens::Integer(1i64))
        .truncation(
            crate::types::RealtimeTruncation::Enum(
                crate::types::RealtimeTruncationEnum::Auto,
            ),
        )
        .prompt(
            crate::types::Prompt::new(String::from("sample"))
                .version(String::from("sample"))
                .variables(
                    ::std::collections::BTreeMap::<
                        String,
                        crate::types::PromptVariableValue,
                    >::from([]),
                ),
        );
    ok(
        "accept-realtime-call (POST /realtime/calls/{call_id}/accept, full request)",
        client.realtime().calls().accept("sample", &request).await,
    );
}

#[tokio::test]
async fn hangup_realtime_call_minimal() {
    let client = client();
    ok(
        "hangup-realtime-call (POST /realtime/calls/{call_id}/hangup, minimal request)",
        client.realtime().calls().hangup("sample").await,
    );
}

#[tokio::test]
async fn refer_realtime_call_minimal() {
    let client = client();
    let request = crate::types::RealtimeCallReferRequest::new(String::from("sample"));
    ok(
        "refer-realtime-call (POST /realtime/calls/{call_id}/refer, minimal request)",
        client.realtime().calls().refer("sample", &request).await,
    );
}

#[tokio::test]
async fn reject_realtime_call_minimal() {
    let client = client();
    let request = crate::types::RealtimeCallRejectRequest::new();
    ok(
        "reject-realtime-call (POST /realtime/calls/{call_id}/reject, minimal request)",
        client.realtime().calls().reject("sample", &request).await,
    );
}

#[tokio::test]
async fn reject_realtime_call_full() {
    let client = client();
    let request = crate::types::RealtimeCallRejectRequest::new().status_code(1i64);
    ok(
        "reject-realtime-call (POST /realtime/calls/{call_id}/reject, full request)",
        client.realtime().calls().reject("sample", &request).await,
    );
}
