//! Conformance cases for audio translations, voice consents and custom voices, vector store
//! file batches, files and search, and ChatKit sessions and threads.

use std::collections::BTreeMap;

use bytes::Bytes;
use openai_client::types::*;
use openai_client::{Client, FileUpload};

use super::support::*;

cases! {
    "createTranslation" => create_translation,
    "listVoiceConsents" => list_voice_consents,
    "createVoiceConsent" => create_voice_consent,
    "getVoiceConsent" => get_voice_consent,
    "updateVoiceConsent" => update_voice_consent,
    "deleteVoiceConsent" => delete_voice_consent,
    "createVoice" => create_voice,
    "createVectorStoreFileBatch" => create_vector_store_file_batch,
    "getVectorStoreFileBatch" => get_vector_store_file_batch,
    "cancelVectorStoreFileBatch" => cancel_vector_store_file_batch,
    "listFilesInVectorStoreBatch" => list_files_in_vector_store_batch,
    "listVectorStoreFiles" => list_vector_store_files,
    "getVectorStoreFile" => get_vector_store_file,
    "updateVectorStoreFileAttributes" => update_vector_store_file_attributes,
    "deleteVectorStoreFile" => delete_vector_store_file,
    "retrieveVectorStoreFileContent" => retrieve_vector_store_file_content,
    "searchVectorStore" => search_vector_store,
    "CreateChatSessionMethod" => create_chat_session,
    "CancelChatSessionMethod" => cancel_chat_session,
    "ListThreadsMethod" => list_chatkit_threads,
    "GetThreadMethod" => get_chatkit_thread,
    "DeleteThreadMethod" => delete_chatkit_thread,
    "ListThreadItemsMethod" => list_chatkit_thread_items,
}

// ---------------------------------------------------------------------------------------
//  Checks on the answers
// ---------------------------------------------------------------------------------------

fn check_voice_consent(method: &str, consent: &VoiceConsentResource) -> CaseResult {
    ensure_eq(method, "object", &consent.object, "audio.voice_consent")
}

/// No attribute value outside the reference's string, number and boolean.
fn check_attributes(method: &str, attributes: Option<&VectorStoreFileAttributes>) -> CaseResult {
    for (key, value) in attributes.into_iter().flatten() {
        ensure(
            method,
            !matches!(value, VectorStoreFileAttributeValue::Other(_)),
            format_args!("attribute {key:?} has a value our types do not know: {value:?}"),
        )?;
    }
    Ok(())
}

fn check_vector_store_file(method: &str, file: &VectorStoreFileObject) -> CaseResult {
    ensure_eq(method, "object", &file.object, "vector_store.file")?;
    ensure(
        method,
        !matches!(file.status, VectorStoreFileObjectStatus::Other(_)),
        format_args!("unknown file status {:?}", file.status),
    )?;
    if let Some(error) = &file.last_error {
        ensure(
            method,
            !matches!(error.code, VectorStoreFileObjectLastErrorCode::Other(_)),
            format_args!("unknown error code {:?}", error.code),
        )?;
    }
    if let Some(strategy) = &file.chunking_strategy {
        ensure(
            method,
            !matches!(strategy, ChunkingStrategyResponse::Unknown(_)),
            format_args!("a chunking strategy our types do not know: {strategy:?}"),
        )?;
    }
    check_attributes(method, file.attributes.as_ref())
}

fn check_file_batch(method: &str, batch: &VectorStoreFileBatchObject) -> CaseResult {
    ensure_eq(method, "object", &batch.object, "vector_store.files_batch")?;
    ensure(
        method,
        !matches!(batch.status, VectorStoreFileBatchObjectStatus::Other(_)),
        format_args!("unknown batch status {:?}", batch.status),
    )
}

fn check_chat_session(method: &str, session: &ChatSessionResource) -> CaseResult {
    ensure_eq(method, "object", &session.object, "chatkit.session")?;
    for (name, value) in session.workflow.state_variables.iter().flatten() {
        ensure(
            method,
            !matches!(value, ChatkitWorkflowStateVariablesValue::Other(_)),
            format_args!("state variable {name:?} has a value our types do not know: {value:?}"),
        )?;
    }
    ensure(
        method,
        !matches!(session.status, ChatSessionStatus::Other(_)),
        format_args!("unknown session status {:?}", session.status),
    )
}

fn check_chatkit_thread(method: &str, thread: &ChatKitThreadResource) -> CaseResult {
    ensure_eq(method, "object", &thread.object, "chatkit.thread")?;
    ensure(
        method,
        !matches!(thread.status, ChatKitThreadStatus::Unknown(_)),
        format_args!("a thread status our types do not know: {:?}", thread.status),
    )
}

/// Every item must be one of the six kinds our types know, with known content parts and
/// annotations: Steady only sends what the reference describes.
fn check_chatkit_item(method: &str, item: &ChatKitThreadItem) -> CaseResult {
    match item {
        ChatKitThreadItem::ChatkitUserMessage(message) => {
            for part in &message.content {
                ensure(
                    method,
                    !matches!(part, ChatKitUserMessageContent::Unknown(_)),
                    format_args!("user message part our types do not know: {part:?}"),
                )?;
            }
            for attachment in &message.attachments {
                ensure(
                    method,
                    !matches!(attachment.r#type, ChatKitAttachmentType::Other(_)),
                    format_args!("unknown attachment type {:?}", attachment.r#type),
                )?;
            }
            ensure_eq(method, "object", &message.object, "chatkit.thread_item")
        }
        ChatKitThreadItem::ChatkitAssistantMessage(message) => {
            for annotation in message.content.iter().flat_map(|part| &part.annotations) {
                ensure(
                    method,
                    !matches!(annotation, ChatKitResponseOutputTextAnnotation::Unknown(_)),
                    format_args!("annotation our types do not know: {annotation:?}"),
                )?;
            }
            ensure_eq(method, "object", &message.object, "chatkit.thread_item")
        }
        ChatKitThreadItem::ChatkitWidget(widget) => ensure_eq(method, "object", &widget.object, "chatkit.thread_item"),
        ChatKitThreadItem::ChatkitClientToolCall(call) => {
            ensure(
                method,
                !matches!(call.status, ChatKitClientToolCallStatus::Other(_)),
                format_args!("unknown tool call status {:?}", call.status),
            )?;
            ensure_eq(method, "object", &call.object, "chatkit.thread_item")
        }
        ChatKitThreadItem::ChatkitTask(task) => {
            check_task_type(method, &task.task_type)?;
            ensure_eq(method, "object", &task.object, "chatkit.thread_item")
        }
        ChatKitThreadItem::ChatkitTaskGroup(group) => {
            group.tasks.iter().try_for_each(|task| check_task_type(method, &task.r#type))?;
            ensure_eq(method, "object", &group.object, "chatkit.thread_item")
        }
        ChatKitThreadItem::Unknown(value) => Err(format!("{method}: a thread item our types do not know: {value}")),
    }
}

fn check_task_type(method: &str, task_type: &ChatKitTaskType) -> CaseResult {
    ensure(method, !matches!(task_type, ChatKitTaskType::Other(_)), format_args!("unknown task type {task_type:?}"))
}

// ---------------------------------------------------------------------------------------
//  Audio: translations, voice consents, custom voices
// ---------------------------------------------------------------------------------------

/// A 44-byte WAV header without samples stands in for a recording.
fn wav(file_name: &str) -> FileUpload {
    FileUpload::from_bytes(
        file_name,
        Bytes::from_static(b"RIFF$\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0\x80>\0\0\0}\0\0\x02\0\x10\0data\0\0\0\0"),
    )
}

async fn create_translation(client: &Client) -> CaseResult {
    let method = "audio.translations.create";
    let request = CreateTranslationRequest::new(wav("interview-de.wav"), "whisper-1")
        .prompt("An interview about renewable energy.")
        .response_format(CreateTranslationRequestResponseFormat::VerboseJson)
        .temperature(0.2);
    let verbose = call(method, client.audio().translations().create(&request)).await?;
    ensure(method, !matches!(verbose, CreateTranslationResponse::Other(_)), format_args!("unknown shape {verbose:?}"))?;
    let method = "audio.translations.create (json)";
    let simple = CreateTranslationRequest::new(wav("greeting-fr.wav"), "whisper-1")
        .response_format(CreateTranslationRequestResponseFormat::Json);
    let answer = call(method, client.audio().translations().create(&simple)).await?;
    ensure(method, !matches!(answer, CreateTranslationResponse::Other(_)), format_args!("unknown shape {answer:?}"))
}

async fn list_voice_consents(client: &Client) -> CaseResult {
    let method = "audio.voice_consents.list";
    let params = ListVoiceConsentsParams::new().limit(20).after("cons_abc123");
    let page = call(method, client.audio().voice_consents().list(&params)).await?;
    ensure_eq(method, "object", &page.object, "list")?;
    for consent in &page.data {
        check_voice_consent(method, consent)?;
    }
    let consents = all_items(method, client.audio().voice_consents().list(&params).into_stream()).await?;
    consents.iter().try_for_each(|consent| check_voice_consent(method, consent))
}

async fn create_voice_consent(client: &Client) -> CaseResult {
    let method = "audio.voice_consents.create";
    let request = CreateVoiceConsentRequest::new("Narrator consent (Ada)", wav("consent.wav"), "en-US");
    let consent = call(method, client.audio().voice_consents().create(&request)).await?;
    check_voice_consent(method, &consent)
}

async fn get_voice_consent(client: &Client) -> CaseResult {
    let method = "audio.voice_consents.retrieve";
    let consent = call(method, client.audio().voice_consents().retrieve("cons_abc123")).await?;
    check_voice_consent(method, &consent)
}

async fn update_voice_consent(client: &Client) -> CaseResult {
    let method = "audio.voice_consents.update";
    let request = UpdateVoiceConsentRequest::new("Narrator consent (Ada, 2025)");
    let consent = call(method, client.audio().voice_consents().update("cons_abc123", &request)).await?;
    check_voice_consent(method, &consent)
}

async fn delete_voice_consent(client: &Client) -> CaseResult {
    let method = "audio.voice_consents.delete";
    let deleted = call(method, client.audio().voice_consents().delete("cons_abc123")).await?;
    ensure_eq(method, "object", &deleted.object, "audio.voice_consent")
}

async fn create_voice(client: &Client) -> CaseResult {
    let method = "audio.voices.create";
    let request = CreateVoiceRequest::new("Ada narrator", wav("sample.wav"), "cons_abc123");
    let voice = call(method, client.audio().voices().create(&request)).await?;
    ensure_eq(method, "object", &voice.object, "audio.voice")
}

// ---------------------------------------------------------------------------------------
//  Vector stores: file batches, files, search
// ---------------------------------------------------------------------------------------

fn file_attributes() -> BTreeMap<String, VectorStoreFileAttributeValue> {
    BTreeMap::from([
        ("author".to_owned(), VectorStoreFileAttributeValue::from("Ada")),
        ("year".to_owned(), VectorStoreFileAttributeValue::from(2024.0)),
        ("public".to_owned(), VectorStoreFileAttributeValue::from(true)),
    ])
}

async fn create_vector_store_file_batch(client: &Client) -> CaseResult {
    let batches = client.vector_stores().file_batches();
    // The same options for every file of the batch.
    let method = "vector_stores.file_batches.create (file_ids)";
    let shared =
        CreateVectorStoreFileBatchRequestFileIds::new(vec!["file-abc123".to_owned(), "file-def456".to_owned()])
            .chunking_strategy(StaticChunkingStrategyRequestParam::new(StaticChunkingStrategy::new(1200, 200)))
            .attributes(file_attributes());
    let batch = call(method, batches.create("vs_abc123", &shared.into())).await?;
    check_file_batch(method, &batch)?;
    // Options given file by file.
    let method = "vector_stores.file_batches.create (files)";
    let each = CreateVectorStoreFileBatchRequestFiles::new(vec![
        CreateVectorStoreFileRequest::new("file-abc123")
            .chunking_strategy(AutoChunkingStrategyRequestParam::new())
            .attributes(file_attributes()),
        CreateVectorStoreFileRequest::new("file-def456")
            .chunking_strategy(StaticChunkingStrategyRequestParam::new(StaticChunkingStrategy::new(400, 100)))
            .attributes([("author", "Grace")]),
    ]);
    let batch = call(method, batches.create("vs_abc123", &each.into())).await?;
    check_file_batch(method, &batch)
}

async fn get_vector_store_file_batch(client: &Client) -> CaseResult {
    let method = "vector_stores.file_batches.retrieve";
    let batch = call(method, client.vector_stores().file_batches().retrieve("vs_abc123", "vsfb_abc123")).await?;
    check_file_batch(method, &batch)
}

async fn cancel_vector_store_file_batch(client: &Client) -> CaseResult {
    let method = "vector_stores.file_batches.cancel";
    let batch = call(method, client.vector_stores().file_batches().cancel("vs_abc123", "vsfb_abc123")).await?;
    check_file_batch(method, &batch)
}

async fn list_files_in_vector_store_batch(client: &Client) -> CaseResult {
    let method = "vector_stores.file_batches.list_files";
    let batches = client.vector_stores().file_batches();
    let params = ListFilesInVectorStoreBatchParams::new()
        .limit(50)
        .order(SortOrder::Asc)
        .filter(VectorStoreFileStatusFilter::Failed);
    let page = call(method, batches.list_files("vs_abc123", "vsfb_abc123", &params)).await?;
    page.data.iter().try_for_each(|file| check_vector_store_file(method, file))?;
    let files = all_items(method, batches.list_files("vs_abc123", "vsfb_abc123", &params).into_stream()).await?;
    files.iter().try_for_each(|file| check_vector_store_file(method, file))
}

async fn list_vector_store_files(client: &Client) -> CaseResult {
    let method = "vector_stores.files.list";
    let files = client.vector_stores().files();
    let params = ListVectorStoreFilesParams::new()
        .limit(20)
        .order(SortOrder::Desc)
        .before("file-xyz789")
        .filter(VectorStoreFileStatusFilter::Completed);
    let page = call(method, files.list("vs_abc123", &params)).await?;
    page.data.iter().try_for_each(|file| check_vector_store_file(method, file))?;
    let all = all_items(method, files.list("vs_abc123", &params).into_stream()).await?;
    all.iter().try_for_each(|file| check_vector_store_file(method, file))
}

async fn get_vector_store_file(client: &Client) -> CaseResult {
    let method = "vector_stores.files.retrieve";
    let file = call(method, client.vector_stores().files().retrieve("vs_abc123", "file-abc123")).await?;
    check_vector_store_file(method, &file)
}

async fn update_vector_store_file_attributes(client: &Client) -> CaseResult {
    let method = "vector_stores.files.update";
    let files = client.vector_stores().files();
    let request = UpdateVectorStoreFileAttributesRequest::new().attributes([
        ("author", VectorStoreFileAttributeValue::from("Ada Lovelace")),
        ("reviewed", VectorStoreFileAttributeValue::from(true)),
        ("revision", VectorStoreFileAttributeValue::from(3.0)),
    ]);
    let file = call(method, files.update("vs_abc123", "file-abc123", &request)).await?;
    check_vector_store_file(method, &file)?;
    // `attributes` is required but nullable: `null` clears them.
    let method = "vector_stores.files.update (clear)";
    let file =
        call(method, files.update("vs_abc123", "file-abc123", &UpdateVectorStoreFileAttributesRequest::new())).await?;
    check_vector_store_file(method, &file)
}

async fn delete_vector_store_file(client: &Client) -> CaseResult {
    let method = "vector_stores.files.delete";
    let deleted = call(method, client.vector_stores().files().delete("vs_abc123", "file-abc123")).await?;
    ensure_eq(method, "object", &deleted.object, "vector_store.file.deleted")
}

async fn retrieve_vector_store_file_content(client: &Client) -> CaseResult {
    let method = "vector_stores.files.content";
    let content = call(method, client.vector_stores().files().content("vs_abc123", "file-abc123")).await?;
    ensure_eq(method, "object", &content.object, "vector_store.file_content.page")
}

async fn search_vector_store(client: &Client) -> CaseResult {
    let method = "vector_stores.search";
    let request = VectorStoreSearchRequest::new("How do I reset my password?")
        .rewrite_query(true)
        .max_num_results(5)
        .filters(ComparisonFilter::new(ComparisonFilterType::Eq, "public", true))
        .ranking_options(
            VectorStoreSearchRankingOptions::new()
                .ranker(VectorStoreSearchRankingOptionsRanker::Auto)
                .score_threshold(0.4),
        );
    let results = call(method, client.vector_stores().search("vs_abc123", &request)).await?;
    check_search_results(method, &results)?;
    // Several queries and a list filter.
    //
    // A compound filter (`and`/`or` over other filters) cannot be checked here: the reference
    // gives the items of `CompoundFilter.filters` a `discriminator` on `type` without a
    // `mapping`, so Steady expects the member schema names (`ComparisonFilter`) as `type`
    // values and rejects every real nested filter (`"eq"`, `"and"`...) with a 400.
    let method = "vector_stores.search (queries, list filter)";
    let request = VectorStoreSearchRequest::new(vec!["refund policy".to_owned(), "return window".to_owned()])
        .max_num_results(20)
        .filters(ComparisonFilter::new(
            ComparisonFilterType::In,
            "author",
            vec![ComparisonFilterValueArrayItem::from("Ada"), ComparisonFilterValueArrayItem::from("Grace")],
        ))
        .ranking_options(
            VectorStoreSearchRankingOptions::new().ranker(VectorStoreSearchRankingOptionsRanker::Default20241115),
        );
    let results = call(method, client.vector_stores().search("vs_abc123", &request)).await?;
    check_search_results(method, &results)
}

fn check_search_results(method: &str, results: &VectorStoreSearchResultsPage) -> CaseResult {
    ensure_eq(method, "object", &results.object, "vector_store.search_results.page")?;
    results.data.iter().try_for_each(|hit| check_attributes(method, hit.attributes.as_ref()))
}

// ---------------------------------------------------------------------------------------
//  ChatKit
// ---------------------------------------------------------------------------------------

/// What Steady reports for an integer workflow state variable.
///
/// The reference types state values as a `oneOf` of string, integer, boolean and number;
/// every integer is also a number, so an integer value matches two members. Steady reports
/// it in both modes (still answering 200); our spec uses `anyOf` for the same values.
const INTEGER_STATE_VARIABLE: Diagnostic =
    Diagnostic::new("E3012", "body.workflow.state_variables.seats", "2 variants structurally match, ambiguous");

async fn create_chat_session(client: &Client) -> CaseResult {
    let method = "chatkit.sessions.create";
    let workflow = ChatKitWorkflowParam::new("wf_68df4b13b3588190a09d19288d4610ec")
        .version("3")
        .state_variables([
            ("locale", ChatKitWorkflowParamStateVariablesValue::from("en-GB")),
            ("premium", ChatKitWorkflowParamStateVariablesValue::from(true)),
            ("discount", ChatKitWorkflowParamStateVariablesValue::from(0.15)),
            ("seats", ChatKitWorkflowParamStateVariablesValue::from(3_i64)),
        ])
        .tracing(ChatKitWorkflowTracingParam::new().enabled(false));
    let request = CreateChatSessionBody::new(workflow, "user_1234")
        .expires_after(ChatKitExpiresAfterParam::new(600))
        .rate_limits(ChatKitRateLimitsParam::new().max_requests_per_1_minute(30))
        .chatkit_configuration(
            ChatkitConfigurationParam::new()
                .automatic_thread_titling(ChatKitAutomaticThreadTitlingParam::new().enabled(true))
                .file_upload(ChatKitFileUploadParam::new().enabled(true).max_file_size(16).max_files(5))
                .history(ChatKitHistoryParam::new().enabled(true).recent_threads(20)),
        );
    let session =
        call_expecting(method, client.chatkit().sessions().create(&request), Some(&INTEGER_STATE_VARIABLE)).await?;
    check_chat_session(method, &session)?;
    // Only the required fields.
    let method = "chatkit.sessions.create (minimal)";
    let minimal =
        CreateChatSessionBody::new(ChatKitWorkflowParam::new("wf_68df4b13b3588190a09d19288d4610ec"), "user_5678");
    let session = call(method, client.chatkit().sessions().create(&minimal)).await?;
    check_chat_session(method, &session)
}

async fn cancel_chat_session(client: &Client) -> CaseResult {
    let method = "chatkit.sessions.cancel";
    let session = call(method, client.chatkit().sessions().cancel("cksess_abc123")).await?;
    check_chat_session(method, &session)
}

async fn list_chatkit_threads(client: &Client) -> CaseResult {
    let method = "chatkit.threads.list";
    let threads = client.chatkit().threads();
    let params = ListThreadsMethodParams::new().limit(25).order(SortOrder::Desc).user("user_1234");
    let page = call(method, threads.list(&params)).await?;
    ensure_eq(method, "object", &page.object, "list")?;
    page.data.iter().try_for_each(|thread| check_chatkit_thread(method, thread))?;
    let all = all_items(method, threads.list(&params).into_stream()).await?;
    all.iter().try_for_each(|thread| check_chatkit_thread(method, thread))
}

async fn get_chatkit_thread(client: &Client) -> CaseResult {
    let method = "chatkit.threads.retrieve";
    let thread = call(method, client.chatkit().threads().retrieve("cthr_abc123")).await?;
    check_chatkit_thread(method, &thread)
}

async fn delete_chatkit_thread(client: &Client) -> CaseResult {
    let method = "chatkit.threads.delete";
    let deleted = call(method, client.chatkit().threads().delete("cthr_abc123")).await?;
    ensure_eq(method, "object", &deleted.object, "chatkit.thread.deleted")
}

async fn list_chatkit_thread_items(client: &Client) -> CaseResult {
    let method = "chatkit.threads.items.list";
    let items = client.chatkit().threads().items();
    let params = ListThreadItemsMethodParams::new().limit(50).order(SortOrder::Asc).after("cthi_abc123");
    let page = call(method, items.list("cthr_abc123", &params)).await?;
    ensure_eq(method, "object", &page.object, "list")?;
    page.data.iter().try_for_each(|item| check_chatkit_item(method, item))?;
    let all = all_items(method, items.list("cthr_abc123", &params).into_stream()).await?;
    all.iter().try_for_each(|item| check_chatkit_item(method, item))
}
