//! Conformance cases for the rest of Responses (input items, token counts, compaction), its
//! multi-agent `?beta=true` operations, single conversations and their items, legacy
//! completions and content provenance checks.

use bytes::Bytes;
use openai_client::types::*;
use openai_client::{Client, FileUpload};
use serde_json::json;

use super::support::*;

cases! {
    "listInputItems" => list_input_items,
    "Getinputtokencounts" => count_input_tokens,
    "Compactconversation" => compact_conversation,
    "beta_createResponse" => beta_create_response,
    "beta_getResponse" => beta_get_response,
    "beta_deleteResponse" => beta_delete_response,
    "beta_cancelResponse" => beta_cancel_response,
    "beta_listInputItems" => beta_list_input_items,
    "beta_Compactconversation" => beta_compact_conversation,
    "beta_Getinputtokencounts" => beta_count_input_tokens,
    "getConversation" => get_conversation,
    "updateConversation" => update_conversation,
    "deleteConversation" => delete_conversation,
    "getConversationItem" => get_conversation_item,
    "deleteConversationItem" => delete_conversation_item,
    "createCompletion" => create_completion,
    "Createcontentprovenancecheck" => create_content_provenance_check,
}

// ---------------------------------------------------------------------------------------
//  The `?beta=true` operations
// ---------------------------------------------------------------------------------------

/// The header value that opts a request into the multi-agent beta.
fn multi_agent_beta() -> Vec<ResponsesBetaFeaturesItem> {
    vec![ResponsesBetaFeaturesItem::ResponsesMultiAgentV1]
}

// The `?beta=true` operations: the reference keys them by path *with* the query
// (`/responses?beta=true`). Steady matches such a key when the request's query carries
// `beta=true` (in any position among the other parameters) and names the key it used in
// `x-steady-matched-path`. Without `beta=true` (or with another value, such as `beta=1`)
// it falls back to the GA path and reports `beta` as an unknown query parameter, and the
// GA path would accept most beta requests silently: so their cases use `call_matched` and
// `stream_matched`, which require the beta key.

// ---------------------------------------------------------------------------------------
//  Checks of the answers
// ---------------------------------------------------------------------------------------

/// Steady only sends what the reference describes, so an item our unions do not know is a
/// gap in our spec.
fn check_output_item(method: &str, item: &OutputItem) -> CaseResult {
    match item {
        OutputItem::Unknown(value) => Err(format!("{method}: an output item our spec does not know: {value}")),
        _ => Ok(()),
    }
}

fn check_response(method: &str, response: &Response) -> CaseResult {
    ensure(method, !response.id.is_empty(), "the response has no id".to_owned())?;
    ensure(method, response.object == "response", format!("object is {:?}", response.object))?;
    response.output.iter().try_for_each(|item| check_output_item(method, item))
}

fn check_item_list(method: &str, page: &ResponseItemList) -> CaseResult {
    ensure(method, page.object == "list", format!("object is {:?}", page.object))?;
    page.data.iter().try_for_each(|item| check_item_resource(method, item))
}

/// `ItemResource` tells its two `message` members apart by `role`: assistant messages are
/// `OutputMessage`, user, system and developer messages `InputMessageResource`; no message
/// may fall through to the `OutputItem` member.
fn check_item_resource(method: &str, item: &ItemResource) -> CaseResult {
    match item {
        ItemResource::OutputMessage(message) => {
            ensure(method, message.role == "assistant", {
                format!("a {} message read as an output message", message.role)
            })?;
            ensure(method, !message.id.is_empty(), "an assistant message without id".to_owned())
        }
        ItemResource::InputMessageResource(message) => {
            ensure(method, !message.id.is_empty(), "an input message without id".to_owned())
        }
        ItemResource::OutputItem(OutputItem::Message(message)) => {
            Err(format!("{method}: a {} message read as a generic output item", message.role))
        }
        ItemResource::OutputItem(item) => check_output_item(method, item),
        ItemResource::Other(value) => Err(format!("{method}: an input item our spec does not know: {value}")),
    }
}

fn check_token_counts(method: &str, counts: &TokenCountsResource) -> CaseResult {
    ensure(method, counts.object == "response.input_tokens", format!("object is {:?}", counts.object))
}

fn check_compaction(method: &str, compacted: &CompactResource) -> CaseResult {
    ensure(method, !compacted.id.is_empty(), "the compaction has no id".to_owned())?;
    ensure(method, compacted.object == "response.compaction", format!("object is {:?}", compacted.object))?;
    for item in &compacted.output {
        match item {
            ItemField::Compaction(summary) => {
                ensure(method, !summary.encrypted_content.is_empty(), "an empty compaction summary".to_owned())?
            }
            ItemField::Unknown(value) => {
                return Err(format!("{method}: a compacted item our spec does not know: {value}"));
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_conversation(method: &str, conversation: &ConversationResource) -> CaseResult {
    ensure(method, !conversation.id.is_empty(), "the conversation has no id".to_owned())?;
    ensure(method, conversation.object == "conversation", format!("object is {:?}", conversation.object))
}

// ---------------------------------------------------------------------------------------
//  Request pieces
// ---------------------------------------------------------------------------------------

fn weather_tool() -> Tool {
    FunctionTool::new("get_weather")
        .description("Current weather for a city")
        .parameters(weather_parameters())
        .strict(true)
        .into()
}

/// A conversation so far: messages, a function call and its result (as in `seed.rs`).
/// Messages carry plain text: a message with content parts is ambiguous in the reference
/// (see `MESSAGE_WITH_PARTS` in `seed.rs`).
fn history() -> Vec<InputItem> {
    let call = FunctionToolCall::new("call_123", "get_weather", r#"{"location":"Oslo, Norway","unit":"celsius"}"#);
    let output = FunctionCallOutputItemParam::new(r#"{"temperature":4}"#).call_id("call_123");
    vec![
        EasyInputMessage::new(EasyInputMessageRole::Developer, "Be precise.").into(),
        EasyInputMessage::new(EasyInputMessageRole::User, "What is the weather in Oslo?").into(),
        InputItem::from(Item::from(call)),
        InputItem::from(Item::from(output)),
        EasyInputMessage::new(EasyInputMessageRole::Assistant, "It is 4 °C in Oslo.").into(),
    ]
}

/// The items a multi-agent run leaves behind, replayed as input: the lead agent spawns a
/// researcher, the researcher reports back in an encrypted agent message, and the spawn
/// returns its text.
fn multi_agent_history() -> Vec<InputItem> {
    let lead = || BetaAgentTag::new("lead");
    let spawn = BetaMultiAgentCallItemParam::new(
        "mac_call_1",
        BetaMultiAgentAction::SpawnAgent,
        r#"{"name":"researcher","task":"Find the average rainfall in Oslo in November."}"#,
    )
    .agent(lead());
    let report = BetaAgentMessageItemParam::new(
        "researcher",
        "lead",
        vec![
            InputTextContent::new("Rainfall figures for November:").into(),
            BetaEncryptedContent::new("gAAAAABo-opaque-agent-payload").into(),
            InputImageContentParamAutoParam::new().image_url("https://example.com/rainfall-chart.png").into(),
        ],
    )
    .agent(BetaAgentTag::new("researcher"));
    let result = BetaMultiAgentCallOutputItemParam::new(
        "mac_call_1",
        BetaMultiAgentAction::SpawnAgent,
        vec![BetaOutputTextContentParam::new("researcher started")],
    )
    .agent(lead());
    vec![
        EasyInputMessage::new(EasyInputMessageRole::User, "How wet is Oslo in November?").into(),
        InputItem::from(Item::from(spawn)),
        InputItem::from(Item::from(report)),
        InputItem::from(Item::from(result)),
    ]
}

/// A compaction item returned by an earlier `POST /responses/compact`, sent back as input.
fn compaction_item() -> InputItem {
    InputItem::from(Item::from(CompactionSummaryItemParam::new("gAAAAABo-opaque-compaction-summary").id("cmp_abc123")))
}

fn token_counts_body() -> TokenCountsBody {
    TokenCountsBody::new()
        .model("gpt-5")
        .instructions("Answer in one short paragraph.")
        .input(history())
        .tools(vec![weather_tool(), WebSearchTool::new().into()])
        .tool_choice(ToolChoiceOptions::Auto)
        .parallel_tool_calls(true)
        .text(ResponseTextParam::new().format(TextResponseFormatJsonSchema::new(
            "answer",
            json!({
                "type": "object",
                "properties": {"summary": {"type": "string"}},
                "required": ["summary"],
                "additionalProperties": false
            }),
        )))
        .reasoning(Reasoning::new().effort(ReasoningEffort::Low))
}

// ---------------------------------------------------------------------------------------
//  Responses: input items, token counts, compaction
// ---------------------------------------------------------------------------------------

async fn list_input_items(client: &Client) -> CaseResult {
    let params = ListInputItemsParams::new()
        .limit(20)
        .order(SortOrder::Asc)
        .after("msg_abc123")
        .include(vec![IncludeEnum::MessageInputImageImageUrl, IncludeEnum::FileSearchCallResults]);
    let items = client.responses().input_items();
    let page = call("responses.input_items.list", items.list("resp_abc123", &params)).await?;
    check_item_list("responses.input_items.list", &page)?;
    for item in all_items("responses.input_items.list", items.list("resp_abc123", &params).into_stream()).await? {
        check_item_resource("responses.input_items.list (all pages)", &item)?;
    }
    Ok(())
}

async fn count_input_tokens(client: &Client) -> CaseResult {
    let counts =
        call("responses.input_tokens.count", client.responses().input_tokens().count(&token_counts_body())).await?;
    check_token_counts("responses.input_tokens.count", &counts)?;
    // Counting the next turn of a stored conversation: only the new input is sent.
    let follow_up = TokenCountsBody::new()
        .model("gpt-5")
        .conversation("conv_abc123")
        .input("And tomorrow?")
        .personality("friendly");
    let method = "responses.input_tokens.count (conversation)";
    check_token_counts(method, &call(method, client.responses().input_tokens().count(&follow_up)).await?)
}

async fn compact_conversation(client: &Client) -> CaseResult {
    let mut input = vec![compaction_item()];
    input.extend(history());
    let request = CompactResponseMethodPublicBody::new("gpt-5")
        .instructions("Keep every number the user was given.")
        .input(input)
        .prompt_cache_key("weather-bot")
        .service_tier(CompactResponseMethodPublicBodyServiceTier::Auto);
    let compacted = call("responses.compact", client.responses().compact(&request)).await?;
    check_compaction("responses.compact", &compacted)?;
    let stored = CompactResponseMethodPublicBody::new("gpt-5").previous_response_id("resp_abc123");
    let method = "responses.compact (previous response)";
    check_compaction(method, &call(method, client.responses().compact(&stored)).await?)
}

// ---------------------------------------------------------------------------------------
//  Responses: the multi-agent beta (`?beta=true`)
// ---------------------------------------------------------------------------------------

fn beta_response_request() -> BetaCreateResponse {
    let mut input = history();
    input.extend(multi_agent_history());
    BetaCreateResponse::new()
        .model("gpt-5")
        .instructions("Delegate research to subagents and answer in one paragraph.")
        .input(input)
        .tools(vec![weather_tool(), WebSearchTool::new().into()])
        .tool_choice(ToolChoiceOptions::Auto)
        .parallel_tool_calls(true)
        .reasoning(Reasoning::new().effort(ReasoningEffort::Medium).summary(ReasoningSummary::Auto))
        .include(vec![IncludeEnum::ReasoningEncryptedContent])
        .max_output_tokens(2048)
        .store(true)
        .metadata(metadata())
        .multi_agent(BetaMultiAgentParam::new(true).max_concurrent_subagents(3))
}

async fn beta_create_response(client: &Client) -> CaseResult {
    const KEY: &str = "/responses?beta=true";
    let params = BetaCreateResponseParams::new().openai_beta(multi_agent_beta());
    let request = beta_response_request();
    let beta = client.responses().beta();
    let response = call_matched("responses.beta.create", KEY, beta.create(&params, &request)).await?;
    check_response("responses.beta.create", &response)?;
    let method = "responses.beta.create_stream";
    for event in stream_matched(method, KEY, beta.create_stream(&params, &request)).await? {
        if let ResponseStreamEvent::Unknown(value) = event {
            return Err(format!("{method}: an event our spec does not know: {value}"));
        }
    }
    // Continuing a multi-agent response in the background, without the beta header.
    let background = BetaCreateResponse::new()
        .model("gpt-5")
        .previous_response_id("resp_abc123")
        .input("Now compare it with Bergen.")
        .background(true)
        .multi_agent(BetaMultiAgentParam::new(true));
    let method = "responses.beta.create (background)";
    let response = call_matched(method, KEY, beta.create(&BetaCreateResponseParams::new(), &background)).await?;
    check_response(method, &response)
}

async fn beta_get_response(client: &Client) -> CaseResult {
    let params = BetaGetResponseParams::new()
        .include(vec![IncludeEnum::ReasoningEncryptedContent, IncludeEnum::MessageOutputTextLogprobs])
        .openai_beta(multi_agent_beta());
    let method = "responses.beta.retrieve";
    let response = call_matched(
        method,
        "/responses/{response_id}?beta=true",
        client.responses().beta().retrieve("resp_abc123", &params),
    )
    .await?;
    check_response(method, &response)
}

async fn beta_delete_response(client: &Client) -> CaseResult {
    let params = BetaDeleteResponseParams::new().openai_beta(multi_agent_beta());
    let delete = client.responses().beta().delete("resp_abc123", &params);
    call_matched("responses.beta.delete", "/responses/{response_id}?beta=true", delete).await
}

async fn beta_cancel_response(client: &Client) -> CaseResult {
    let params = BetaCancelResponseParams::new().openai_beta(multi_agent_beta());
    let method = "responses.beta.cancel";
    let cancel = client.responses().beta().cancel("resp_abc123", &params);
    let response = call_matched(method, "/responses/{response_id}/cancel?beta=true", cancel).await?;
    check_response(method, &response)
}

async fn beta_list_input_items(client: &Client) -> CaseResult {
    const KEY: &str = "/responses/{response_id}/input_items?beta=true";
    let params = BetaListInputItemsParams::new()
        .limit(50)
        .order(SortOrder::Desc)
        .include(vec![IncludeEnum::ReasoningEncryptedContent])
        .openai_beta(multi_agent_beta());
    let items = client.responses().beta().input_items();
    let page = call_matched("responses.beta.input_items.list", KEY, items.list("resp_abc123", &params)).await?;
    check_item_list("responses.beta.input_items.list", &page)?;
    let method = "responses.beta.input_items.list (all pages)";
    for item in all_items(method, items.list("resp_abc123", &params).into_stream()).await? {
        check_item_resource(method, &item)?;
    }
    Ok(())
}

async fn beta_compact_conversation(client: &Client) -> CaseResult {
    let mut input = vec![compaction_item()];
    input.extend(multi_agent_history());
    let request = CompactResponseMethodPublicBody::new("gpt-5")
        .instructions("Keep what each subagent found.")
        .input(input)
        .service_tier(CompactResponseMethodPublicBodyServiceTier::Flex);
    let params = BetaCompactconversationParams::new().openai_beta(multi_agent_beta());
    let method = "responses.beta.compact";
    let compact = client.responses().beta().compact(&params, &request);
    let compacted = call_matched(method, "/responses/compact?beta=true", compact).await?;
    check_compaction(method, &compacted)
}

async fn beta_count_input_tokens(client: &Client) -> CaseResult {
    let mut input = history();
    input.extend(multi_agent_history());
    let body = TokenCountsBody::new()
        .model("gpt-5")
        .instructions("Delegate research to subagents.")
        .input(input)
        .tools(vec![weather_tool()]);
    let params = BetaGetinputtokencountsParams::new().openai_beta(multi_agent_beta());
    let method = "responses.beta.input_tokens.count";
    let count = client.responses().beta().input_tokens().count(&params, &body);
    let counts = call_matched(method, "/responses/input_tokens?beta=true", count).await?;
    check_token_counts(method, &counts)
}

// ---------------------------------------------------------------------------------------
//  Conversations
// ---------------------------------------------------------------------------------------

async fn get_conversation(client: &Client) -> CaseResult {
    let conversation = call("conversations.retrieve", client.conversations().retrieve("conv_abc123")).await?;
    check_conversation("conversations.retrieve", &conversation)
}

async fn update_conversation(client: &Client) -> CaseResult {
    let request = UpdateConversationBody::new().metadata(metadata());
    let conversation = call("conversations.update", client.conversations().update("conv_abc123", &request)).await?;
    check_conversation("conversations.update", &conversation)
}

async fn delete_conversation(client: &Client) -> CaseResult {
    let deleted = call("conversations.delete", client.conversations().delete("conv_abc123")).await?;
    ensure("conversations.delete", deleted.object == "conversation.deleted" && !deleted.id.is_empty(), {
        format!("not a deletion: {deleted:?}")
    })
}

async fn get_conversation_item(client: &Client) -> CaseResult {
    let params = GetConversationItemParams::new()
        .include(vec![IncludeEnum::MessageInputImageImageUrl, IncludeEnum::CodeInterpreterCallOutputs]);
    let method = "conversations.items.retrieve";
    let item = call(method, client.conversations().items().retrieve("conv_abc123", "msg_abc123", &params)).await?;
    match item {
        ConversationItem::Unknown(value) => Err(format!("{method}: an item our spec does not know: {value}")),
        ConversationItem::Message(message) => ensure(method, !message.id.is_empty(), "a message without id".to_owned()),
        _ => Ok(()),
    }
}

async fn delete_conversation_item(client: &Client) -> CaseResult {
    let method = "conversations.items.delete";
    let conversation = call(method, client.conversations().items().delete("conv_abc123", "msg_abc123")).await?;
    check_conversation(method, &conversation)
}

// ---------------------------------------------------------------------------------------
//  Completions (legacy)
// ---------------------------------------------------------------------------------------

fn check_completion(method: &str, completion: &CreateCompletionResponse) -> CaseResult {
    ensure(method, completion.object == "text_completion", format!("object is {:?}", completion.object))?;
    ensure(method, !completion.id.is_empty(), "the completion has no id".to_owned())
}

async fn create_completion(client: &Client) -> CaseResult {
    let request = CreateCompletionRequest::new("gpt-3.5-turbo-instruct")
        .prompt("def fibonacci(n):\n    \"\"\"Return the n-th Fibonacci number.\"\"\"\n")
        .suffix("\n\nprint(fibonacci(10))\n")
        .max_tokens(128)
        .temperature(0.2)
        .n(1)
        .best_of(3)
        .logprobs(2)
        .stop(vec!["\nclass".to_owned(), "\ndef".to_owned()])
        .presence_penalty(0.1)
        .frequency_penalty(0.2)
        .logit_bias([("50256", -100)])
        .seed(7)
        .user("user-1234");
    let completions = client.completions();
    check_completion("completions.create", &call("completions.create", completions.create(&request)).await?)?;
    // The reference lists only JSON for this endpoint (see `spec/DIVERGENCES.md`): Steady
    // answers a stream request with one completion, which the client reads as one event.
    let streaming = CreateCompletionRequest::new("gpt-3.5-turbo-instruct")
        .prompt(vec!["Once upon a time".to_owned(), "In a galaxy far away".to_owned()])
        .max_tokens(64)
        .echo(true)
        .stream_options(ChatCompletionStreamOptions::new().include_usage(true));
    for chunk in stream("completions.create_stream", completions.create_stream(&streaming)).await? {
        check_completion("completions.create_stream", &chunk)?;
    }
    let tokens = CreateCompletionRequest::new("davinci-002")
        .prompt(vec![vec![1820_i64, 25, 1139], vec![464, 2068]])
        .max_tokens(16)
        .top_p(0.9)
        .stop("\n");
    let method = "completions.create (token prompts)";
    check_completion(method, &call(method, completions.create(&tokens)).await?)
}

// ---------------------------------------------------------------------------------------
//  Content provenance
// ---------------------------------------------------------------------------------------

fn check_provenance(method: &str, check_result: &ProvenanceResource) -> CaseResult {
    ensure(method, check_result.object == "content_provenance_check", {
        format!("object is {:?}", check_result.object)
    })?;
    for result in &check_result.results {
        if let ProvenanceResult::Unknown(value) = result {
            return Err(format!("{method}: a provenance result our spec does not know: {value}"));
        }
    }
    Ok(())
}

async fn create_content_provenance_check(client: &Client) -> CaseResult {
    let checks = client.content_provenance_checks();
    let image = CreateContentProvenanceBody::new(png());
    check_provenance(
        "content_provenance_checks.create",
        &call("content_provenance_checks.create", checks.create(&image)).await?,
    )?;
    // A 44-byte WAV header without samples stands in for a generated voice clip.
    let wav = FileUpload::from_bytes(
        "voice.wav",
        Bytes::from_static(b"RIFF$\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0\x80>\0\0\0}\0\0\x02\0\x10\0data\0\0\0\0"),
    );
    let method = "content_provenance_checks.create (audio)";
    check_provenance(method, &call(method, checks.create(&CreateContentProvenanceBody::new(wav))).await?)
}
