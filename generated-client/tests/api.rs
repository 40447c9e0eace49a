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
                .dpo(crate::types::FineTuneDpoMethod::new()),
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
