//! Conformance cases of the 67 operations the seed documentation walks through (Responses,
//! Chat Completions, audio, images, embeddings, moderations, fine-tuning, batches, files,
//! vector stores, the Assistants API, models): a realistic request built with the generated
//! types, sent through the generated client. Operations that can stream are called twice,
//! once through the JSON method and once through its `*_stream` method.

// The Assistants API is deprecated upstream, but its operations are still part of the spec.
#![allow(deprecated)]

use std::collections::BTreeMap;

use bytes::Bytes;
use openai_client::types::*;
use openai_client::{Client, FileUpload};
use serde_json::json;

use super::support::*;

cases! {
    "createResponse" => create_response,
    "getResponse" => get_response,
    "deleteResponse" => delete_response,
    "cancelResponse" => cancel_response,
    "createConversation" => create_conversation,
    "listConversationItems" => list_conversation_items,
    "createConversationItems" => create_conversation_items,
    "createChatCompletion" => create_chat_completion,
    "listChatCompletions" => list_chat_completions,
    "getChatCompletion" => get_chat_completion,
    "updateChatCompletion" => update_chat_completion,
    "deleteChatCompletion" => delete_chat_completion,
    "getChatCompletionMessages" => get_chat_completion_messages,
    "createTranscription" => create_transcription,
    "createSpeech" => create_speech,
    "createImage" => create_image,
    "createImageEdit" => create_image_edit,
    "createImageVariation" => create_image_variation,
    "createEmbedding" => create_embedding,
    "createModeration" => create_moderation,
    "createFineTuningJob" => create_fine_tuning_job,
    "listPaginatedFineTuningJobs" => list_fine_tuning_jobs,
    "retrieveFineTuningJob" => retrieve_fine_tuning_job,
    "cancelFineTuningJob" => cancel_fine_tuning_job,
    "listFineTuningEvents" => list_fine_tuning_events,
    "listFineTuningJobCheckpoints" => list_fine_tuning_checkpoints,
    "createBatch" => create_batch,
    "listBatches" => list_batches,
    "retrieveBatch" => retrieve_batch,
    "cancelBatch" => cancel_batch,
    "createFile" => create_file,
    "listFiles" => list_files,
    "retrieveFile" => retrieve_file,
    "deleteFile" => delete_file,
    "downloadFile" => download_file,
    "createVectorStore" => create_vector_store,
    "listVectorStores" => list_vector_stores,
    "getVectorStore" => get_vector_store,
    "modifyVectorStore" => modify_vector_store,
    "deleteVectorStore" => delete_vector_store,
    "createVectorStoreFile" => create_vector_store_file,
    "createAssistant" => create_assistant,
    "listAssistants" => list_assistants,
    "getAssistant" => get_assistant,
    "modifyAssistant" => modify_assistant,
    "deleteAssistant" => delete_assistant,
    "createThread" => create_thread,
    "getThread" => get_thread,
    "modifyThread" => modify_thread,
    "deleteThread" => delete_thread,
    "createThreadAndRun" => create_thread_and_run,
    "createRun" => create_run,
    "listRuns" => list_runs,
    "getRun" => get_run,
    "modifyRun" => modify_run,
    "cancelRun" => cancel_run,
    "submitToolOuputsToRun" => submit_tool_outputs,
    "listRunSteps" => list_run_steps,
    "getRunStep" => get_run_step,
    "createMessage" => create_message,
    "listMessages" => list_messages,
    "getMessage" => get_message,
    "modifyMessage" => modify_message,
    "deleteMessage" => delete_message,
    "listModels" => list_models,
    "retrieveModel" => retrieve_model,
    "deleteModel" => delete_model,
}

// ---------------------------------------------------------------------------------------
//  Shared request pieces
// ---------------------------------------------------------------------------------------

fn weather_function() -> FunctionObject {
    FunctionObject::new("get_weather")
        .description("Current weather for a city")
        .parameters(weather_parameters())
        .strict(true)
}

fn assistant_tools() -> Vec<AssistantTool> {
    vec![
        AssistantToolsCode::new().into(),
        AssistantToolsFileSearch::new().into(),
        AssistantToolsFunction::new(weather_function()).into(),
    ]
}

fn thread_message() -> CreateMessageRequest {
    CreateMessageRequest::new(CreateMessageRequestRole::User, "How many moons does Mars have?")
        .attachments(vec![
            MessageAttachment::new()
                .file_id("file-abc123")
                .tools(vec![MessageAttachmentTool::CodeInterpreter(AssistantToolsCode::new())]),
        ])
        .metadata(metadata())
}

// ---------------------------------------------------------------------------------------
//  Responses
// ---------------------------------------------------------------------------------------

/// What Steady reports for a Responses input message whose `content` is a list of parts.
///
/// Such a message is valid both as the reference's `EasyInputMessage` and as its `Item`
/// form (`InputMessage`), so it matches two members of the `InputItem` `oneOf`. Steady
/// reports the whole `input` as matching no member (still answering 200). The same parts are
/// checked without ambiguity in [`input_parts_probe`].
const MESSAGE_WITH_PARTS: Diagnostic =
    Diagnostic::new("E3012", "body.input", "No variant matched: 2 variants all failed structurally");

/// Text, image and file parts of one input message.
fn input_parts() -> InputMessageContentList {
    vec![
        InputTextContent::new("What is in this picture, and what does the attached report say about it?").into(),
        InputImageContent::new(ImageDetail::Auto).image_url("https://example.com/harbour.png").into(),
        InputFileContent::new().file_id("file-abc123").into(),
    ]
}

fn response_request() -> CreateResponseRequest {
    let call = FunctionToolCall::new("call_123", "get_weather", r#"{"location":"Oslo, Norway","unit":"celsius"}"#);
    let output = FunctionCallOutputItemParam::new(r#"{"temperature":4}"#).call_id("call_123");
    CreateResponseRequest::new()
        .model("gpt-4.1")
        .instructions("Answer in one short paragraph.")
        .input(vec![
            EasyInputMessage::new(EasyInputMessageRole::Developer, "Be precise.").into(),
            EasyInputMessage::new(EasyInputMessageRole::User, "What is the weather in Oslo?").into(),
            InputItem::from(Item::from(call)),
            InputItem::from(Item::from(output)),
        ])
        .tools(vec![
            FunctionTool::new("get_weather")
                .description("Current weather for a city")
                .parameters(weather_parameters())
                .strict(true)
                .into(),
            FileSearchTool::new(vec!["vs_abc123".to_owned()]).max_num_results(5).into(),
            WebSearchTool::new().into(),
        ])
        .tool_choice(ToolChoiceOptions::Auto)
        .parallel_tool_calls(true)
        .text(
            ResponseTextParam::new().format(
                TextResponseFormatJsonSchema::new(
                    "answer",
                    json!({
                        "type": "object",
                        "properties": {"summary": {"type": "string"}},
                        "required": ["summary"],
                        "additionalProperties": false
                    }),
                )
                .strict(true),
            ),
        )
        .include(vec![IncludeEnum::FileSearchCallResults, IncludeEnum::MessageOutputTextLogprobs])
        .max_output_tokens(512)
        .temperature(0.7)
        .store(true)
        .metadata(metadata())
}

/// The parts of [`input_parts`] in an `assistant` message: only `EasyInputMessage` accepts
/// that role with input parts, so Steady checks every part without the ambiguity of
/// [`MESSAGE_WITH_PARTS`].
fn input_parts_probe() -> CreateResponseRequest {
    let message = EasyInputMessage::new(
        EasyInputMessageRole::Assistant,
        EasyInputMessageContent::InputMessageContentList(input_parts()),
    );
    CreateResponseRequest::new().model("gpt-4.1").input(vec![message.into()])
}

async fn create_response(client: &Client) -> CaseResult {
    let request = response_request();
    call("responses.create", client.responses().create(&request)).await?;
    stream("responses.create_stream", client.responses().create_stream(&request)).await?;
    let vision = CreateResponseRequest::new().model("gpt-4.1").input(vec![
        EasyInputMessage::new(
            EasyInputMessageRole::User,
            EasyInputMessageContent::InputMessageContentList(input_parts()),
        )
        .into(),
    ]);
    let method = "responses.create (image and file parts)";
    call_expecting(method, client.responses().create(&vision), Some(&MESSAGE_WITH_PARTS)).await?;
    call("responses.create (parts, unambiguous)", client.responses().create(&input_parts_probe())).await?;
    let reasoning = CreateResponseRequest::new()
        .model("o4-mini")
        .input("Prove that there are infinitely many primes.")
        .reasoning(Reasoning::new().effort(ReasoningEffort::Medium).summary(ReasoningSummary::Auto))
        .previous_response_id("resp_abc123");
    call("responses.create (reasoning)", client.responses().create(&reasoning)).await?;
    Ok(())
}

async fn get_response(client: &Client) -> CaseResult {
    let params = GetResponseParams::new().include(vec![IncludeEnum::ReasoningEncryptedContent]);
    call("responses.retrieve", client.responses().retrieve("resp_abc123", &params)).await?;
    Ok(())
}

async fn delete_response(client: &Client) -> CaseResult {
    call("responses.delete", client.responses().delete("resp_abc123")).await
}

async fn cancel_response(client: &Client) -> CaseResult {
    call("responses.cancel", client.responses().cancel("resp_abc123")).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Conversations
// ---------------------------------------------------------------------------------------

async fn create_conversation(client: &Client) -> CaseResult {
    let request = CreateConversationBody::new()
        .metadata(metadata())
        .items(vec![EasyInputMessage::new(EasyInputMessageRole::User, "Plan a three-day trip to Lisbon.").into()]);
    call("conversations.create", client.conversations().create(&request)).await?;
    Ok(())
}

async fn list_conversation_items(client: &Client) -> CaseResult {
    let params = ListConversationItemsParams::new()
        .limit(10)
        .order(ListConversationItemsOrder::Asc)
        .include(vec![IncludeEnum::MessageInputImageImageUrl]);
    call("conversations.items.list", client.conversations().items().list("conv_abc123", &params)).await?;
    Ok(())
}

async fn create_conversation_items(client: &Client) -> CaseResult {
    let request = CreateConversationItemsRequest::new(vec![
        EasyInputMessage::new(EasyInputMessageRole::User, "And a day trip to Sintra?").into(),
        InputItem::from(ItemReferenceParam::new("msg_abc123")),
    ]);
    let params = CreateConversationItemsParams::new();
    call("conversations.items.create", client.conversations().items().create("conv_abc123", &params, &request)).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Chat Completions
// ---------------------------------------------------------------------------------------

fn chat_request() -> CreateChatCompletionRequest {
    let user = ChatCompletionRequestUserMessage::new(ChatCompletionRequestUserMessageContent::Array(vec![
        ChatCompletionRequestMessageContentPartText::new("What is the weather like where this photo was taken?").into(),
        ChatCompletionRequestMessageContentPartImage::new(
            ChatCompletionRequestMessageContentPartImageImageUrl::new("https://example.com/harbour.png")
                .detail(ChatCompletionRequestMessageContentPartImageImageUrlDetail::Low),
        )
        .into(),
    ]));
    let assistant =
        ChatCompletionRequestAssistantMessage::new().tool_calls(vec![ChatCompletionMessageToolCallUnion::Function(
            ChatCompletionMessageToolCall::new(
                "call_123",
                ChatCompletionFunctionCall::new("get_weather", r#"{"location":"Oslo, Norway","unit":"celsius"}"#),
            ),
        )]);
    CreateChatCompletionRequest::new(
        vec![
            ChatCompletionRequestDeveloperMessage::new("You are a concise assistant.").into(),
            user.into(),
            assistant.into(),
            ChatCompletionRequestToolMessage::new(r#"{"temperature":4}"#, "call_123").into(),
        ],
        "gpt-4o",
    )
    .tools(vec![ChatCompletionTool::new(weather_function()).into()])
    .tool_choice(ChatCompletionToolChoiceMode::Auto)
    .response_format(ResponseFormatJsonSchema::new(
        ResponseFormatJsonSchemaJsonSchema::new("forecast")
            .schema(json!({
                "type": "object",
                "properties": {"summary": {"type": "string"}},
                "required": ["summary"],
                "additionalProperties": false
            }))
            .strict(true),
    ))
    .max_completion_tokens(300)
    .temperature(0.2)
    .stop("END")
    .logprobs(true)
    .top_logprobs(2)
    .store(true)
    .metadata(metadata())
}

async fn create_chat_completion(client: &Client) -> CaseResult {
    let request = chat_request();
    call("chat.completions.create", client.chat().completions().create(&request)).await?;
    let streaming = chat_request().stream_options(ChatCompletionStreamOptions::new().include_usage(true));
    stream("chat.completions.create_stream", client.chat().completions().create_stream(&streaming)).await?;
    let audio = CreateChatCompletionRequest::new(
        vec![
            ChatCompletionRequestSystemMessage::new("Speak slowly.").into(),
            ChatCompletionRequestUserMessage::new("Say hello.").into(),
        ],
        "gpt-4o-audio-preview",
    )
    .modalities(vec![ResponseModalitiesItem::Text, ResponseModalitiesItem::Audio])
    .audio(ChatCompletionAudioParam::new("alloy".to_owned(), ChatCompletionAudioParamFormat::Wav));
    call("chat.completions.create (audio)", client.chat().completions().create(&audio)).await?;
    Ok(())
}

async fn list_chat_completions(client: &Client) -> CaseResult {
    let params = ListChatCompletionsParams::new().model("gpt-4o").metadata(metadata()).limit(20).order(SortOrder::Desc);
    call("chat.completions.list", client.chat().completions().list(&params)).await?;
    Ok(())
}

async fn get_chat_completion(client: &Client) -> CaseResult {
    call("chat.completions.retrieve", client.chat().completions().retrieve("chatcmpl-abc123")).await?;
    Ok(())
}

async fn update_chat_completion(client: &Client) -> CaseResult {
    let request = UpdateChatCompletionRequest::new().metadata(metadata());
    call("chat.completions.update", client.chat().completions().update("chatcmpl-abc123", &request)).await?;
    Ok(())
}

async fn delete_chat_completion(client: &Client) -> CaseResult {
    call("chat.completions.delete", client.chat().completions().delete("chatcmpl-abc123")).await?;
    Ok(())
}

async fn get_chat_completion_messages(client: &Client) -> CaseResult {
    let params = GetChatCompletionMessagesParams::new().limit(5).order(SortOrder::Asc);
    call("chat.completions.messages.list", client.chat().completions().messages().list("chatcmpl-abc123", &params))
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Audio
// ---------------------------------------------------------------------------------------

async fn create_transcription(client: &Client) -> CaseResult {
    // A 44-byte WAV header without samples stands in for a recording.
    let wav = FileUpload::from_bytes(
        "meeting.wav",
        Bytes::from_static(b"RIFF$\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0\x80>\0\0\0}\0\0\x02\0\x10\0data\0\0\0\0"),
    );
    let request = CreateTranscriptionRequest::new(wav.clone(), "whisper-1")
        .language("en")
        .prompt("Quarterly planning meeting.")
        .response_format(AudioResponseFormat::VerboseJson)
        .temperature(0.0)
        .timestamp_granularities(vec![
            CreateTranscriptionRequestTimestampGranularitiesItem::Word,
            CreateTranscriptionRequestTimestampGranularitiesItem::Segment,
        ]);
    call("audio.transcriptions.create", client.audio().transcriptions().create(&request)).await?;
    let simple = CreateTranscriptionRequest::new(wav, "gpt-4o-transcribe")
        .response_format(AudioResponseFormat::Json)
        .include(vec![CreateTranscriptionRequestIncludeItem::Logprobs]);
    call("audio.transcriptions.create (json)", client.audio().transcriptions().create(&simple)).await?;
    Ok(())
}

async fn create_speech(client: &Client) -> CaseResult {
    let request = CreateSpeechRequest::new(
        "gpt-4o-mini-tts",
        "The quick brown fox jumped over the lazy dog.",
        "alloy".to_owned(),
    )
    .instructions("Cheerful and bright.")
    .response_format(CreateSpeechRequestResponseFormat::Mp3)
    .speed(1.25);
    let audio = call("audio.speech.create", client.audio().speech().create(&request)).await?;
    if audio.is_empty() {
        return Err("audio.speech.create: empty body".to_owned());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Images
// ---------------------------------------------------------------------------------------

async fn create_image(client: &Client) -> CaseResult {
    let request = CreateImageRequest::new("A watercolour otter floating on its back, holding a shell")
        .model("gpt-image-1")
        .n(1)
        .size("1024x1024")
        .quality(CreateImageRequestQuality::High)
        .output_format(CreateImageRequestOutputFormat::Png)
        .background(CreateImageRequestBackground::Transparent);
    call("images.generate", client.images().generate(&request)).await?;
    let dalle = CreateImageRequest::new("A lighthouse at dusk")
        .model("dall-e-3")
        .response_format(CreateImageRequestResponseFormat::Url)
        .style(CreateImageRequestStyle::Vivid);
    call("images.generate (dall-e-3)", client.images().generate(&dalle)).await?;
    Ok(())
}

async fn create_image_edit(client: &Client) -> CaseResult {
    let request =
        CreateImageEditRequest::new(vec![png(), png().with_file_name("shell.png")], "Give the otter a tiny hat")
            .mask(png().with_file_name("mask.png"))
            .model("gpt-image-1")
            .n(1)
            .size("1024x1024")
            .quality(CreateImageEditRequestQuality::Medium)
            .input_fidelity(InputFidelity::High);
    call("images.edit", client.images().edit(&request)).await?;
    Ok(())
}

async fn create_image_variation(client: &Client) -> CaseResult {
    let request = CreateImageVariationRequest::new(png())
        .model("dall-e-2")
        .n(2)
        .size(CreateImageVariationRequestSize::V512x512)
        .response_format(CreateImageVariationRequestResponseFormat::B64Json);
    call("images.create_variation", client.images().create_variation(&request)).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Embeddings and moderations
// ---------------------------------------------------------------------------------------

async fn create_embedding(client: &Client) -> CaseResult {
    let request = CreateEmbeddingRequest::new(
        CreateEmbeddingRequestInput::StringArray(vec![
            "The food was delicious.".to_owned(),
            "The waiter was friendly.".to_owned(),
        ]),
        "text-embedding-3-small",
    )
    .encoding_format(CreateEmbeddingRequestEncodingFormat::Float)
    .dimensions(256);
    call("embeddings.create", client.embeddings().create(&request)).await?;
    let tokens = CreateEmbeddingRequest::new(
        CreateEmbeddingRequestInput::IntegerArrayArray(vec![vec![1820, 25, 1139]]),
        "text-embedding-3-large",
    );
    call("embeddings.create (tokens)", client.embeddings().create(&tokens)).await?;
    Ok(())
}

async fn create_moderation(client: &Client) -> CaseResult {
    let request = CreateModerationRequest::new("I want to hug my cat.").model("omni-moderation-latest");
    call("moderations.create", client.moderations().create(&request)).await?;
    let multimodal = CreateModerationRequest::new(CreateModerationRequestInput::ModerationInputPartArray(vec![
        ModerationTextInput::new("Is this picture fine?").into(),
        ModerationImageUrlInput::new(ModerationImageUrlInputImageUrl::new("https://example.com/cat.png")).into(),
    ]));
    call("moderations.create (multimodal)", client.moderations().create(&multimodal)).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Fine-tuning
// ---------------------------------------------------------------------------------------

async fn create_fine_tuning_job(client: &Client) -> CaseResult {
    let request = CreateFineTuningJobRequest::new("gpt-4o-mini-2024-07-18", "file-abc123")
        .validation_file("file-def456")
        .suffix("support-bot")
        .seed(42)
        .method(
            FineTuneMethod::new(FineTuneMethodType::Supervised).supervised(
                FineTuneSupervisedMethod::new().hyperparameters(
                    FineTuneSupervisedMethodHyperparameters::new()
                        .n_epochs(3)
                        .batch_size(FineTuneBatchSizeEnum::Auto)
                        .learning_rate_multiplier(0.5),
                ),
            ),
        )
        .integrations(vec![FineTuningIntegration::new(
            FineTuningIntegrationWandbWandb::new("support-bot").name("run-1").tags(vec!["conformance".to_owned()]),
        )])
        .metadata(metadata());
    call("fine_tuning.jobs.create", client.fine_tuning().jobs().create(&request)).await?;
    Ok(())
}

async fn list_fine_tuning_jobs(client: &Client) -> CaseResult {
    let params = ListPaginatedFineTuningJobsParams::new().limit(2);
    call("fine_tuning.jobs.list", client.fine_tuning().jobs().list(&params)).await?;
    all_items("fine_tuning.jobs.list", client.fine_tuning().jobs().list(&params).into_stream()).await?;
    Ok(())
}

async fn retrieve_fine_tuning_job(client: &Client) -> CaseResult {
    call("fine_tuning.jobs.retrieve", client.fine_tuning().jobs().retrieve("ftjob-abc123")).await?;
    Ok(())
}

async fn cancel_fine_tuning_job(client: &Client) -> CaseResult {
    call("fine_tuning.jobs.cancel", client.fine_tuning().jobs().cancel("ftjob-abc123")).await?;
    Ok(())
}

async fn list_fine_tuning_events(client: &Client) -> CaseResult {
    let params = ListFineTuningEventsParams::new().limit(50);
    call("fine_tuning.jobs.events.list", client.fine_tuning().jobs().events().list("ftjob-abc123", &params)).await?;
    Ok(())
}

async fn list_fine_tuning_checkpoints(client: &Client) -> CaseResult {
    let params = ListFineTuningJobCheckpointsParams::new().limit(10).after("ftckpt-abc123");
    call("fine_tuning.jobs.checkpoints.list", client.fine_tuning().jobs().checkpoints().list("ftjob-abc123", &params))
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Batches
// ---------------------------------------------------------------------------------------

async fn create_batch(client: &Client) -> CaseResult {
    let request = CreateBatchRequest::new("file-abc123", CreateBatchRequestEndpoint::V1ChatCompletions)
        .metadata(metadata())
        .output_expires_after(BatchFileExpirationAfter::new(86_400));
    call("batches.create", client.batches().create(&request)).await?;
    Ok(())
}

async fn list_batches(client: &Client) -> CaseResult {
    let params = ListBatchesParams::new().limit(20);
    call("batches.list", client.batches().list(&params)).await?;
    Ok(())
}

async fn retrieve_batch(client: &Client) -> CaseResult {
    call("batches.retrieve", client.batches().retrieve("batch_abc123")).await?;
    Ok(())
}

async fn cancel_batch(client: &Client) -> CaseResult {
    call("batches.cancel", client.batches().cancel("batch_abc123")).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Files
// ---------------------------------------------------------------------------------------

async fn create_file(client: &Client) -> CaseResult {
    let jsonl = concat!(
        r#"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}]}"#,
        "\n",
        r#"{"messages":[{"role":"user","content":"Bye"},{"role":"assistant","content":"Goodbye!"}]}"#,
        "\n"
    );
    let request =
        CreateFileRequest::new(FileUpload::from_bytes("train.jsonl", jsonl), CreateFileRequestPurpose::FineTune)
            .expires_after(FileExpirationAfter::new(2_592_000));
    call("files.create", client.files().create(&request)).await?;
    Ok(())
}

async fn list_files(client: &Client) -> CaseResult {
    let params = ListFilesParams::new().purpose("fine-tune").limit(100).order(SortOrder::Desc);
    call("files.list", client.files().list(&params)).await?;
    all_items("files.list", client.files().list(&params).into_stream()).await?;
    Ok(())
}

async fn retrieve_file(client: &Client) -> CaseResult {
    call("files.retrieve", client.files().retrieve("file-abc123")).await?;
    Ok(())
}

async fn delete_file(client: &Client) -> CaseResult {
    call("files.delete", client.files().delete("file-abc123")).await?;
    Ok(())
}

async fn download_file(client: &Client) -> CaseResult {
    let bytes = call("files.content", client.files().content("file-abc123")).await?;
    if bytes.is_empty() {
        return Err("files.content: empty body".to_owned());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Vector stores
// ---------------------------------------------------------------------------------------

async fn create_vector_store(client: &Client) -> CaseResult {
    let request = CreateVectorStoreRequest::new()
        .name("Support FAQ")
        .file_ids(vec!["file-abc123".to_owned(), "file-def456".to_owned()])
        .chunking_strategy(StaticChunkingStrategyRequestParam::new(StaticChunkingStrategy::new(800, 400)))
        .expires_after(VectorStoreExpirationAfter::new(7))
        .metadata(metadata());
    call("vector_stores.create", client.vector_stores().create(&request)).await?;
    Ok(())
}

async fn list_vector_stores(client: &Client) -> CaseResult {
    let params = ListVectorStoresParams::new().limit(10).order(SortOrder::Desc);
    call("vector_stores.list", client.vector_stores().list(&params)).await?;
    Ok(())
}

async fn get_vector_store(client: &Client) -> CaseResult {
    call("vector_stores.retrieve", client.vector_stores().retrieve("vs_abc123")).await?;
    Ok(())
}

async fn modify_vector_store(client: &Client) -> CaseResult {
    let request =
        UpdateVectorStoreRequest::new().name("Support FAQ (2025)").expires_after(VectorStoreExpirationAfter::new(30));
    call("vector_stores.update", client.vector_stores().update("vs_abc123", &request)).await?;
    Ok(())
}

async fn delete_vector_store(client: &Client) -> CaseResult {
    call("vector_stores.delete", client.vector_stores().delete("vs_abc123")).await?;
    Ok(())
}

async fn create_vector_store_file(client: &Client) -> CaseResult {
    let request = CreateVectorStoreFileRequest::new("file-abc123")
        .chunking_strategy(AutoChunkingStrategyRequestParam::new())
        .attributes(BTreeMap::from([
            ("author".to_owned(), VectorStoreFileAttributeValue::from("Ada")),
            ("year".to_owned(), VectorStoreFileAttributeValue::from(2024.0)),
            ("public".to_owned(), VectorStoreFileAttributeValue::from(true)),
        ]));
    call("vector_stores.files.create", client.vector_stores().files().create("vs_abc123", &request)).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Assistants
// ---------------------------------------------------------------------------------------

async fn create_assistant(client: &Client) -> CaseResult {
    let request = CreateAssistantRequest::new("gpt-4o")
        .name("Math Tutor")
        .description("Helps with algebra homework")
        .instructions("You are a personal math tutor. Write and run code to answer math questions.")
        .tools(assistant_tools())
        .tool_resources(
            CreateToolResources::new()
                .code_interpreter(CreateToolResourcesCodeInterpreter::new().file_ids(vec!["file-abc123".to_owned()]))
                .file_search(CreateToolResourcesFileSearch::new().vector_store_ids(vec!["vs_abc123".to_owned()])),
        )
        .temperature(0.5)
        .response_format(AssistantsApiResponseFormatOptionEnum::Auto)
        .metadata(metadata());
    call("assistants.create", client.assistants().create(&request)).await?;
    Ok(())
}

async fn list_assistants(client: &Client) -> CaseResult {
    let params = ListAssistantsParams::new().limit(20).order(SortOrder::Desc).after("asst_abc123");
    call("assistants.list", client.assistants().list(&params)).await?;
    Ok(())
}

async fn get_assistant(client: &Client) -> CaseResult {
    call("assistants.retrieve", client.assistants().retrieve("asst_abc123")).await?;
    Ok(())
}

async fn modify_assistant(client: &Client) -> CaseResult {
    let request = ModifyAssistantRequest::new()
        .instructions("Explain each step before giving the answer.")
        .tools(vec![AssistantToolsFileSearch::new().into()])
        .tool_resources(
            ToolResources::new()
                .file_search(ToolResourcesFileSearch::new().vector_store_ids(vec!["vs_abc123".to_owned()])),
        )
        .model("gpt-4o-mini");
    call("assistants.update", client.assistants().update("asst_abc123", &request)).await?;
    Ok(())
}

async fn delete_assistant(client: &Client) -> CaseResult {
    call("assistants.delete", client.assistants().delete("asst_abc123")).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Threads, runs and messages
// ---------------------------------------------------------------------------------------

async fn create_thread(client: &Client) -> CaseResult {
    let request = CreateThreadRequest::new()
        .messages(vec![thread_message()])
        .tool_resources(
            CreateToolResources::new()
                .file_search(CreateToolResourcesFileSearch::new().vector_store_ids(vec!["vs_abc123".to_owned()])),
        )
        .metadata(metadata());
    call("threads.create", client.threads().create(&request)).await?;
    Ok(())
}

async fn get_thread(client: &Client) -> CaseResult {
    call("threads.retrieve", client.threads().retrieve("thread_abc123")).await?;
    Ok(())
}

async fn modify_thread(client: &Client) -> CaseResult {
    let request = ModifyThreadRequest::new().metadata(metadata());
    call("threads.update", client.threads().update("thread_abc123", &request)).await?;
    Ok(())
}

async fn delete_thread(client: &Client) -> CaseResult {
    call("threads.delete", client.threads().delete("thread_abc123")).await?;
    Ok(())
}

fn thread_and_run_request() -> CreateThreadAndRunRequest {
    CreateThreadAndRunRequest::new("asst_abc123")
        .thread(CreateThreadRequest::new().messages(vec![thread_message()]))
        .instructions("Answer as an astronomer.")
        .tools(assistant_tools())
        .max_completion_tokens(1000)
        .truncation_strategy(TruncationObject::new(TruncationObjectType::LastMessages).last_messages(10))
        .tool_choice(AssistantsApiToolChoiceOptionEnum::Auto)
        .parallel_tool_calls(false)
}

/// Checks the events of a run stream.
///
/// The reference lists only `application/json` for the run endpoints (see
/// `spec/DIVERGENCES.md`), so Steady answers a streaming request with one run object. The
/// client turns a JSON answer to a stream request into a one-event stream; with the SSE
/// envelope that event is `Unknown({"event": null, "data": <run>})`. Its data must be a run
/// our types decode. Typed events, should Steady ever stream them, are accepted as decoded;
/// an unknown named event is not, because Steady only sends what the reference describes.
fn check_run_stream(method: &str, events: Vec<AssistantStreamEvent>) -> CaseResult {
    for event in events {
        if let AssistantStreamEvent::Unknown(envelope) = event {
            if !envelope["event"].is_null() {
                return Err(format!("{method}: an event our spec does not know: {envelope}"));
            }
            let data = envelope["data"].to_string();
            openai_client::runtime::decode_json::<RunObject>(data.as_bytes())
                .map_err(|e| format!("{method}: the JSON answer is not a run: {e}"))?;
        }
    }
    Ok(())
}

async fn create_thread_and_run(client: &Client) -> CaseResult {
    let request = thread_and_run_request();
    call("threads.create_and_run", client.threads().create_and_run(&request)).await?;
    let events = stream("threads.create_and_run_stream", client.threads().create_and_run_stream(&request)).await?;
    check_run_stream("threads.create_and_run_stream", events)?;
    Ok(())
}

fn run_request() -> CreateRunRequest {
    CreateRunRequest::new("asst_abc123")
        .additional_instructions("The user is a beginner.")
        .additional_messages(vec![CreateMessageRequest::new(
            CreateMessageRequestRole::User,
            CreateMessageRequestContent::Array(vec![
                MessageRequestContentTextObject::new("And what about Jupiter?").into(),
                MessageContentImageUrlObject::new(MessageContentImageUrlObjectImageUrl::new(
                    "https://example.com/jupiter.png",
                ))
                .into(),
            ]),
        )])
        .reasoning_effort(ReasoningEffort::Low)
        .tool_choice(AssistantsNamedToolChoice::new(AssistantsNamedToolChoiceType::FileSearch))
        .temperature(1.0)
        .metadata(metadata())
}

async fn create_run(client: &Client) -> CaseResult {
    let request = run_request();
    let params = CreateRunParams::new().include(vec![RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent]);
    call("threads.runs.create", client.threads().runs().create("thread_abc123", &params, &request)).await?;
    let events =
        stream("threads.runs.create_stream", client.threads().runs().create_stream("thread_abc123", &params, &request))
            .await?;
    check_run_stream("threads.runs.create_stream", events)?;
    Ok(())
}

async fn list_runs(client: &Client) -> CaseResult {
    let params = ListRunsParams::new().limit(20).order(SortOrder::Asc).before("run_xyz789");
    call("threads.runs.list", client.threads().runs().list("thread_abc123", &params)).await?;
    Ok(())
}

async fn get_run(client: &Client) -> CaseResult {
    call("threads.runs.retrieve", client.threads().runs().retrieve("thread_abc123", "run_abc123")).await?;
    Ok(())
}

async fn modify_run(client: &Client) -> CaseResult {
    let request = ModifyRunRequest::new().metadata(metadata());
    call("threads.runs.update", client.threads().runs().update("thread_abc123", "run_abc123", &request)).await?;
    Ok(())
}

async fn cancel_run(client: &Client) -> CaseResult {
    call("threads.runs.cancel", client.threads().runs().cancel("thread_abc123", "run_abc123")).await?;
    Ok(())
}

async fn submit_tool_outputs(client: &Client) -> CaseResult {
    let request = SubmitToolOutputsRunRequest::new(vec![
        SubmitToolOutputsRunRequestToolOutputsItem::new().tool_call_id("call_001").output(r#"{"temperature":22}"#),
        SubmitToolOutputsRunRequestToolOutputsItem::new().tool_call_id("call_002").output("sunny"),
    ]);
    let runs = client.threads().runs();
    call("threads.runs.submit_tool_outputs", runs.submit_tool_outputs("thread_abc123", "run_abc123", &request)).await?;
    let method = "threads.runs.submit_tool_outputs_stream";
    let events = stream(method, runs.submit_tool_outputs_stream("thread_abc123", "run_abc123", &request)).await?;
    check_run_stream(method, events)?;
    Ok(())
}

async fn list_run_steps(client: &Client) -> CaseResult {
    let params = ListRunStepsParams::new()
        .limit(10)
        .order(SortOrder::Desc)
        .include(vec![RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent]);
    let steps = client.threads().runs().steps();
    call("threads.runs.steps.list", steps.list("thread_abc123", "run_abc123", &params)).await?;
    Ok(())
}

async fn get_run_step(client: &Client) -> CaseResult {
    let params =
        GetRunStepParams::new().include(vec![RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent]);
    let steps = client.threads().runs().steps();
    call("threads.runs.steps.retrieve", steps.retrieve("thread_abc123", "run_abc123", "step_abc123", &params)).await?;
    Ok(())
}

async fn create_message(client: &Client) -> CaseResult {
    let request = thread_message();
    call("threads.messages.create", client.threads().messages().create("thread_abc123", &request)).await?;
    Ok(())
}

async fn list_messages(client: &Client) -> CaseResult {
    let params = ListMessagesParams::new().limit(20).order(SortOrder::Desc).run_id("run_abc123");
    call("threads.messages.list", client.threads().messages().list("thread_abc123", &params)).await?;
    Ok(())
}

async fn get_message(client: &Client) -> CaseResult {
    call("threads.messages.retrieve", client.threads().messages().retrieve("thread_abc123", "msg_abc123")).await?;
    Ok(())
}

async fn modify_message(client: &Client) -> CaseResult {
    let request = ModifyMessageRequest::new().metadata(BTreeMap::from([("reviewed".to_owned(), "true".to_owned())]));
    call("threads.messages.update", client.threads().messages().update("thread_abc123", "msg_abc123", &request))
        .await?;
    Ok(())
}

async fn delete_message(client: &Client) -> CaseResult {
    call("threads.messages.delete", client.threads().messages().delete("thread_abc123", "msg_abc123")).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Models
// ---------------------------------------------------------------------------------------

async fn list_models(client: &Client) -> CaseResult {
    call("models.list", client.models().list()).await?;
    Ok(())
}

async fn retrieve_model(client: &Client) -> CaseResult {
    call("models.retrieve", client.models().retrieve("gpt-4o-mini")).await?;
    Ok(())
}

async fn delete_model(client: &Client) -> CaseResult {
    call("models.delete", client.models().delete("ft:gpt-4o-mini:acme:suffix:abc123")).await?;
    Ok(())
}
