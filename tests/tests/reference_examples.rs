//! The reference spec's own example answers, decoded by our types.
//!
//! The official reference (`../shared/reference/openai-openapi.yaml`) shows an example answer
//! for most operations (`x-oaiMeta.examples[].response`): JSON a real call returned, with the
//! fields, variants and nulls the service sends — many of which Steady's random answers
//! (`conformance.rs`) never contain, since it fills in only what a schema requires. Each is
//! decoded with the operation's response type (or, for a stream, each `data:` line with its
//! event type), and must
//! - decode (a failure names the JSON path),
//! - land in typed variants, never a catch-all (`Unknown`, `Other`),
//! - keep every key it carried: re-encoded, nothing is missing.
//!
//! Examples that are not JSON (elisions such as `...`, comments, binary placeholders) are
//! counted and listed one by one in [`NOT_JSON`] with the reason, so one that becomes
//! readable, or one that stops being, is noticed. [`DECODERS`] names each JSON operation's response type; a
//! test checks it against the crate's `api-surface.json`, so a spec change that moves a
//! response to another type names the line to change here.

// The Assistants API is deprecated upstream, but its answers are checked too.
#![allow(deprecated)]

use std::collections::{BTreeMap, BTreeSet};

use openai_client::types::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tests::json::CatchAll;

type Decoder = fn(&Value) -> Result<Value, String>;

/// A stream's event type and decoder, when the operation streams.
macro_rules! event {
    () => {
        None
    };
    ($event:ty) => {
        Some((stringify!($event), round_trip::<$event> as Decoder))
    };
}

macro_rules! decoders {
    ($($id:literal => $ty:ty $(, stream $event:ty)?,)*) => {
        /// Each operation with a JSON answer: its response type and, for a stream, its
        /// event type (as `api-surface.json` spells them), and their decoders.
        const DECODERS: &[(&str, &str, Decoder, Option<(&str, Decoder)>)] = &[
            $(($id, stringify!($ty), round_trip::<$ty>, event!($($event)?))),*
        ];
    };
}

decoders! {
    "activateOrganizationCertificates" => OrganizationCertificateActivationResponse,
    "activateProjectCertificates" => OrganizationProjectCertificateActivationResponse,
    "add-group-user" => GroupUserAssignment,
    "add-project-group" => ProjectGroup,
    "addUploadPart" => UploadPart,
    "admin-api-keys-create" => AdminApiKeyCreateResponse,
    "admin-api-keys-delete" => DeleteAdminApiKeyResponse,
    "admin-api-keys-get" => AdminApiKey,
    "admin-api-keys-list" => ApiKeyList,
    "archive-project" => Project,
    "assign-group-role" => GroupRoleAssignment,
    "assign-project-group-role" => GroupRoleAssignment,
    "assign-project-user-role" => UserRoleAssignment,
    "assign-user-role" => UserRoleAssignment,
    "beta_cancelResponse" => Response,
    "beta_Compactconversation" => CompactResource,
    "beta_createResponse" => Response, stream ResponseStreamEvent,
    "beta_Getinputtokencounts" => TokenCountsResource,
    "beta_getResponse" => Response,
    "beta_listInputItems" => ResponseItemList,
    "cancelBatch" => Batch,
    "CancelChatSessionMethod" => ChatSessionResource,
    "cancelEvalRun" => EvalRun,
    "cancelFineTuningJob" => FineTuningJob,
    "cancelResponse" => Response,
    "cancelRun" => RunObject,
    "cancelUpload" => Upload,
    "cancelVectorStoreFileBatch" => VectorStoreFileBatchObject,
    "Compactconversation" => CompactResource,
    "completeUpload" => Upload,
    "create-group" => GroupResponse,
    "create-organization-spend-alert" => OrganizationSpendAlert,
    "create-project" => Project,
    "create-project-role" => Role,
    "create-project-service-account" => ProjectServiceAccountCreateResponse,
    "create-project-spend-alert" => ProjectSpendAlert,
    "create-project-user" => ProjectUser,
    "create-realtime-client-secret" => RealtimeCreateClientSecretResponse,
    "create-realtime-session" => RealtimeBetaSessionCreateResponse,
    "create-realtime-transcription-session" => RealtimeBetaTranscriptionSessionCreateResponse,
    "create-realtime-translation-client-secret" => RealtimeTranslationClientSecretCreateResponse,
    "create-role" => Role,
    "CreateanAPIkeyforaserviceaccount" => ServiceAccountApiKeyBody,
    "createAssistant" => AssistantObject,
    "createBatch" => Batch,
    "createChatCompletion" => CreateChatCompletionResponse, stream CreateChatCompletionStreamResponse,
    "CreateChatSessionMethod" => ChatSessionResource,
    "createCompletion" => CreateCompletionResponse, stream CreateCompletionResponse,
    "CreateContainer" => ContainerResource,
    "CreateContainerFile" => ContainerFileResource,
    "Createcontentprovenancecheck" => ProvenanceResource,
    "createConversation" => ConversationResource,
    "createConversationItems" => ConversationItemList,
    "createEmbedding" => CreateEmbeddingResponse,
    "createEval" => Eval,
    "createEvalRun" => EvalRun,
    "createFile" => OpenAiFile,
    "createFineTuningCheckpointPermission" => ListFineTuningCheckpointPermissionResponse,
    "createFineTuningJob" => FineTuningJob,
    "createImage" => ImagesResponse,
    "createImageEdit" => ImagesResponse,
    "createImageVariation" => ImagesResponse,
    "createMessage" => MessageObject,
    "createModeration" => CreateModerationResponse,
    "createResponse" => Response, stream ResponseStreamEvent,
    "createRun" => RunObject, stream AssistantStreamEvent,
    "CreateSkill" => SkillResource,
    "CreateSkillVersion" => SkillVersionResource,
    "createThread" => ThreadObject,
    "createThreadAndRun" => RunObject, stream AssistantStreamEvent,
    "createTranscription" => CreateTranscriptionResponse,
    "createTranslation" => CreateTranslationResponse,
    "createUpload" => Upload,
    "createVectorStore" => VectorStoreObject,
    "createVectorStoreFile" => VectorStoreFileObject,
    "createVectorStoreFileBatch" => VectorStoreFileBatchObject,
    "createVideo" => VideoResource,
    "CreateVideoCharacter" => VideoCharacterResource,
    "CreateVideoEdit" => VideoResource,
    "CreateVideoExtend" => VideoResource,
    "CreateVideoRemix" => VideoResource,
    "createVoice" => VoiceResource,
    "createVoiceConsent" => VoiceConsentResource,
    "deactivateOrganizationCertificates" => OrganizationCertificateDeactivationResponse,
    "deactivateProjectCertificates" => OrganizationProjectCertificateDeactivationResponse,
    "delete-group" => GroupDeletedResource,
    "delete-invite" => InviteDeleteResponse,
    "delete-organization-spend-alert" => OrganizationSpendAlertDeletedResource,
    "delete-project-api-key" => ProjectApiKeyDeleteResponse,
    "delete-project-model-permissions" => ProjectModelPermissionsDeleteResponse,
    "delete-project-role" => RoleDeletedResource,
    "delete-project-service-account" => ProjectServiceAccountDeleteResponse,
    "delete-project-spend-alert" => ProjectSpendAlertDeletedResource,
    "delete-project-user" => ProjectUserDeleteResponse,
    "delete-role" => RoleDeletedResource,
    "delete-user" => UserDeleteResponse,
    "deleteAssistant" => DeleteAssistantResponse,
    "deleteCertificate" => DeleteCertificateResponse,
    "deleteChatCompletion" => ChatCompletionDeleted,
    "deleteConversation" => DeletedConversationResource,
    "deleteConversationItem" => ConversationResource,
    "deleteEval" => DeleteEvalResponse,
    "deleteEvalRun" => DeleteEvalRunResponse,
    "deleteFile" => DeleteFileResponse,
    "deleteFineTuningCheckpointPermission" => DeleteFineTuningCheckpointPermissionResponse,
    "deleteMessage" => DeleteMessageResponse,
    "deleteModel" => DeleteModelResponse,
    "Deleteorganizationspendlimit" => OrganizationSpendLimitDeletedResource,
    "Deleteprojectspendlimit" => ProjectSpendLimitDeletedResource,
    "DeleteSkill" => DeletedSkillResource,
    "DeleteSkillVersion" => DeletedSkillVersionResource,
    "deleteThread" => DeleteThreadResponse,
    "DeleteThreadMethod" => ChatKitDeletedThreadResource,
    "deleteVectorStore" => DeleteVectorStoreResponse,
    "deleteVectorStoreFile" => DeleteVectorStoreFileResponse,
    "DeleteVideo" => DeletedVideoResource,
    "deleteVoiceConsent" => VoiceConsentDeletedResource,
    "getAssistant" => AssistantObject,
    "getCertificate" => Certificate,
    "getChatCompletion" => CreateChatCompletionResponse,
    "getChatCompletionMessages" => ChatCompletionMessageList,
    "getConversation" => ConversationResource,
    "getConversationItem" => ConversationItem,
    "getEval" => Eval,
    "getEvalRun" => EvalRun,
    "getEvalRunOutputItem" => EvalRunOutputItem,
    "getEvalRunOutputItems" => EvalRunOutputItemList,
    "getEvalRuns" => EvalRunList,
    "Getinputtokencounts" => TokenCountsResource,
    "getMessage" => MessageObject,
    "Getorganizationspendlimit" => OrganizationSpendLimitResource,
    "Getprojectspendlimit" => ProjectSpendLimitResource,
    "getResponse" => Response,
    "getRun" => RunObject,
    "getRunStep" => RunStepObject,
    "GetSkill" => SkillResource,
    "GetSkillVersion" => SkillVersionResource,
    "getThread" => ThreadObject,
    "GetThreadMethod" => ChatKitThreadResource,
    "getVectorStore" => VectorStoreObject,
    "getVectorStoreFile" => VectorStoreFileObject,
    "getVectorStoreFileBatch" => VectorStoreFileBatchObject,
    "GetVideo" => VideoResource,
    "GetVideoCharacter" => VideoCharacterResource,
    "getVoiceConsent" => VoiceConsentResource,
    "inviteUser" => Invite,
    "list-audit-logs" => ListAuditLogsResponse,
    "list-group-role-assignments" => RoleListResource,
    "list-group-users" => UserListResource,
    "list-groups" => GroupListResource,
    "list-invites" => InviteListResponse,
    "list-organization-spend-alerts" => OrganizationSpendAlertListResource,
    "list-project-api-keys" => ProjectApiKeyListResponse,
    "list-project-group-role-assignments" => RoleListResource,
    "list-project-groups" => ProjectGroupListResource,
    "list-project-rate-limits" => ProjectRateLimitListResponse,
    "list-project-roles" => PublicRoleListResource,
    "list-project-service-accounts" => ProjectServiceAccountListResponse,
    "list-project-spend-alerts" => ProjectSpendAlertListResource,
    "list-project-user-role-assignments" => RoleListResource,
    "list-project-users" => ProjectUserListResponse,
    "list-projects" => ProjectListResponse,
    "list-roles" => PublicRoleListResource,
    "list-user-role-assignments" => RoleListResource,
    "list-users" => UserListResponse,
    "listAssistants" => ListAssistantsResponse,
    "listBatches" => ListBatchesResponse,
    "listChatCompletions" => ChatCompletionList,
    "ListContainerFiles" => ContainerFileListResource,
    "ListContainers" => ContainerListResource,
    "listConversationItems" => ConversationItemList,
    "listEvals" => EvalList,
    "listFiles" => ListFilesResponse,
    "listFilesInVectorStoreBatch" => ListVectorStoreFilesResponse,
    "listFineTuningCheckpointPermissions" => ListFineTuningCheckpointPermissionResponse,
    "listFineTuningEvents" => ListFineTuningJobEventsResponse,
    "listFineTuningJobCheckpoints" => ListFineTuningJobCheckpointsResponse,
    "listInputItems" => ResponseItemList,
    "listMessages" => ListMessagesResponse,
    "listModels" => ListModelsResponse,
    "listOrganizationCertificates" => ListCertificatesResponse,
    "listPaginatedFineTuningJobs" => ListPaginatedFineTuningJobsResponse,
    "listProjectCertificates" => ListProjectCertificatesResponse,
    "listRuns" => ListRunsResponse,
    "listRunSteps" => ListRunStepsResponse,
    "ListSkills" => SkillListResource,
    "ListSkillVersions" => SkillVersionListResource,
    "ListThreadItemsMethod" => ChatKitThreadItemListResource,
    "ListThreadsMethod" => ChatKitThreadListResource,
    "listVectorStoreFiles" => ListVectorStoreFilesResponse,
    "listVectorStores" => ListVectorStoresResponse,
    "ListVideos" => VideoListResource,
    "listVoiceConsents" => VoiceConsentListResource,
    "modify-project" => Project,
    "modify-project-user" => ProjectUser,
    "modify-user" => User,
    "modifyAssistant" => AssistantObject,
    "modifyCertificate" => Certificate,
    "modifyMessage" => MessageObject,
    "modifyRun" => RunObject,
    "modifyThread" => ThreadObject,
    "modifyVectorStore" => VectorStoreObject,
    "pauseFineTuningJob" => FineTuningJob,
    "remove-group-user" => GroupUserDeletedResource,
    "remove-project-group" => ProjectGroupDeletedResource,
    "resumeFineTuningJob" => FineTuningJob,
    "retrieve-group" => GroupResponse,
    "retrieve-group-role" => AssignedRoleDetails,
    "retrieve-group-user" => GroupMemberUser,
    "retrieve-invite" => Invite,
    "retrieve-organization-data-retention" => OrganizationDataRetention,
    "retrieve-organization-spend-alert" => OrganizationSpendAlert,
    "retrieve-project" => Project,
    "retrieve-project-api-key" => ProjectApiKey,
    "retrieve-project-data-retention" => ProjectDataRetention,
    "retrieve-project-group" => ProjectGroup,
    "retrieve-project-group-role" => AssignedRoleDetails,
    "retrieve-project-hosted-tool-permissions" => ProjectHostedToolPermissions,
    "retrieve-project-model-permissions" => ProjectModelPermissions,
    "retrieve-project-role" => Role,
    "retrieve-project-service-account" => ProjectServiceAccount,
    "retrieve-project-spend-alert" => ProjectSpendAlert,
    "retrieve-project-user" => ProjectUser,
    "retrieve-project-user-role" => AssignedRoleDetails,
    "retrieve-role" => Role,
    "retrieve-user" => User,
    "retrieve-user-role" => AssignedRoleDetails,
    "retrieveBatch" => Batch,
    "RetrieveContainer" => ContainerResource,
    "RetrieveContainerFile" => ContainerFileResource,
    "retrieveFile" => OpenAiFile,
    "retrieveFineTuningJob" => FineTuningJob,
    "retrieveModel" => Model,
    "retrieveVectorStoreFileContent" => VectorStoreFileContentResponse,
    "runGrader" => RunGraderResponse,
    "searchVectorStore" => VectorStoreSearchResultsPage,
    "submitToolOuputsToRun" => RunObject, stream AssistantStreamEvent,
    "unassign-group-role" => DeletedRoleAssignmentResource,
    "unassign-project-group-role" => DeletedRoleAssignmentResource,
    "unassign-project-user-role" => DeletedRoleAssignmentResource,
    "unassign-user-role" => DeletedRoleAssignmentResource,
    "update-group" => GroupResourceWithSuccess,
    "update-organization-data-retention" => OrganizationDataRetention,
    "update-organization-spend-alert" => OrganizationSpendAlert,
    "update-project-data-retention" => ProjectDataRetention,
    "update-project-hosted-tool-permissions" => ProjectHostedToolPermissions,
    "update-project-model-permissions" => ProjectModelPermissions,
    "update-project-rate-limits" => ProjectRateLimit,
    "update-project-role" => Role,
    "update-project-service-account" => ProjectServiceAccount,
    "update-project-spend-alert" => ProjectSpendAlert,
    "update-role" => Role,
    "updateChatCompletion" => CreateChatCompletionResponse,
    "updateConversation" => ConversationResource,
    "updateEval" => Eval,
    "Updateorganizationspendlimit" => OrganizationSpendLimitResource,
    "Updateprojectspendlimit" => ProjectSpendLimitResource,
    "UpdateSkillDefaultVersion" => SkillResource,
    "updateVectorStoreFileAttributes" => VectorStoreFileObject,
    "updateVoiceConsent" => VoiceConsentResource,
    "uploadCertificate" => Certificate,
    "usage-audio-speeches" => UsageResponse,
    "usage-audio-transcriptions" => UsageResponse,
    "usage-code-interpreter-sessions" => UsageResponse,
    "usage-completions" => UsageResponse,
    "usage-costs" => UsageResponse,
    "usage-embeddings" => UsageResponse,
    "usage-file-search-calls" => UsageResponse,
    "usage-images" => UsageResponse,
    "usage-moderations" => UsageResponse,
    "usage-vector-stores" => UsageResponse,
    "usage-web-search-calls" => UsageResponse,
    "validateGrader" => ValidateGraderResponse,
}

/// The example answers that are not JSON even read leniently ([`lenient_json`]), by
/// operation and position, and why.
const NOT_JSON: &[(&str, usize, &str)] = &[
    ("createCompletion", 1, "a comma missing between two members"),
    ("createEval", 0, "a brace left open: the example is cut short"),
    ("createFineTuningJob", 5, "Python's `None` for a JSON `null`"),
    ("createRun", 1, "a `data:` line with one closing brace too many"),
    ("createRun", 2, "a `data:` line with one closing brace too many"),
    ("createThreadAndRun", 2, "a `data:` line with one closing brace too many"),
    ("DeleteThreadMethod", 0, "an empty answer"),
    ("DeleteVideo", 0, "an empty answer"),
    ("GetVideo", 0, "an empty answer"),
    ("submitToolOuputsToRun", 1, "a `data:` line with one closing brace too many"),
];

/// Findings that are the examples' fault, not our spec's: (operations, a stable part of the
/// finding, why). A finding is one dropped key (`key dropped: $.path`), one decode error, one
/// catch-all or one stream the operation does not have; a row excuses it when its operation is
/// one of the row's and its text contains one of the row's parts. Every operation and every
/// part of a row must still excuse a finding, so an expectation that no longer occurs fails the
/// test too. Fields the examples show that the real API plausibly sends are not listed here:
/// they are in the spec (spec/DIVERGENCES.md §4).
const EXPECTED: &[(&[&str], &[&str], &str)] = &[
    (
        &["cancelEvalRun", "createEvalRun", "getEvalRun"],
        &["sampling_params.max_completions_tokens"],
        "a typo: the sampling parameter is `max_completion_tokens` (the reference's schema, and \
         its other eval run examples)",
    ),
    (
        &["createResponse", "beta_createResponse"],
        &["tools[0].domains"],
        "`domains` on a `web_search_preview` tool is in no schema of the reference, request or \
         answer, and means nothing documented; the tool type is also a request body, where it \
         would offer a setting the API does not take",
    ),
    (
        &["createThreadAndRun"],
        &["$.data.expires_at"],
        "the run step events of this hand-written stream carry the run's `expires_at`; a run step \
         has `expired_at` (the schema, and the getRunStep and listRunSteps examples)",
    ),
    (
        &["createImage", "createImageEdit", "createTranscription"],
        &["a stream, but the operation does not stream"],
        "streaming variants are deliberately not modelled (spec/DIVERGENCES.md §2, \
         \"Streaming variants left out\")",
    ),
    (
        &["createVectorStore", "listVectorStores", "modifyVectorStore"],
        &[".bytes"],
        "the store's size under its old name: the reference dropped `bytes` \
         (openai/openai-openapi#239) for `usage_bytes`, which these examples lack",
    ),
    (
        &["createVideo"],
        &["$.quality"],
        "`quality` is in no video schema or request of the reference, and the other video \
         examples (remix, list) lack it: nothing shows the service sends it",
    ),
    (
        &["GetThreadMethod", "ListThreadItemsMethod"],
        &["$.items", "String(\"user_message\")"],
        "the shapes of the self-hosted ChatKit server protocol (chatkit-python): a thread with an \
         `items` page, items tagged `user_message`; the REST API's thread has no items and tags \
         them `chatkit.user_message` (the reference's schemas, the official SDKs); see \
         `chatkit_example_items_decode_typed_with_the_rest_api_tags`",
    ),
    (
        &["list-audit-logs"],
        &["api_key.updated.data"],
        "an `api_key.updated` entry carries `changes_requested`; `data` is the `*.created` \
         entries' field, copied from `api_key.created`",
    ),
    (
        &["modifyMessage"],
        &["$.file_ids"],
        "`file_ids` is the Assistants v1 message field; v2 messages carry `attachments`",
    ),
    (
        &["retrieveVectorStoreFileContent"],
        &["$.file_id", "$.filename", "$.attributes", "$.content"],
        "the example has the shape of a search result (`file_id`, `filename`, `attributes`, \
         `content`), not the content page (`object`, `data`, `has_more`, `next_page`) of the \
         reference's schema, which the official SDKs page through",
    ),
];

/// Splits the findings, `(operation, finding)`, into those no row of [`EXPECTED`] excuses (as
/// report lines) and the rows' operations and parts that excuse nothing.
fn excuse(findings: &[(String, String)]) -> (Vec<String>, Vec<String>) {
    let mut used = BTreeSet::new();
    let mut failures = Vec::new();
    for (id, finding) in findings {
        let excused = EXPECTED.iter().enumerate().find_map(|(row, (ids, parts, _))| {
            let part = parts.iter().find(|part| finding.contains(**part))?;
            ids.contains(&id.as_str()).then_some((row, *part))
        });
        match excused {
            Some((row, part)) => {
                used.insert((row, id.as_str()));
                used.insert((row, part));
            }
            None => failures.push(format!("{id} {finding}")),
        }
    }
    let mut stale = Vec::new();
    for (row, (ids, parts, why)) in EXPECTED.iter().enumerate() {
        for name in ids.iter().chain(parts.iter()) {
            if !used.contains(&(row, *name)) {
                stale.push(format!("`{name}` ({why})"));
            }
        }
    }
    (failures, stale)
}

/// Decodes and re-encodes an example answer. The examples leave out fields the schemas
/// require, whose missing values decode to empty catch-alls; a value that is there must be
/// typed.
fn round_trip<T: DeserializeOwned + Serialize + std::fmt::Debug>(example: &Value) -> Result<Value, String> {
    tests::json::round_trip::<T>(example, CatchAll::ForMissingValues)
}

/// The reference's operations with their example answers, by operationId.
fn reference_examples() -> BTreeMap<String, Vec<String>> {
    let path = tests::workspace_root().join("../shared/reference/openai-openapi.yaml");
    let mut warnings = generator::diagnostics::Warnings::new(&path);
    // The generator's loader: it reads the reference's out-of-range integers, which
    // serde_yaml refuses.
    let (_, reference) = generator::load::load(&path, &mut warnings).expect("the reference loads");
    let mut examples = BTreeMap::new();
    for item in reference["paths"].as_object().expect("paths").values() {
        for method in generator::ir::HttpMethod::ALL {
            let Some(operation) = item.get(method.as_lower()) else { continue };
            let id = operation["operationId"].as_str().expect("an operationId").to_owned();
            let listed = &operation["x-oaiMeta"]["examples"];
            let all: Vec<&Value> = match listed {
                Value::Array(items) => items.iter().collect(),
                Value::Object(_) => vec![listed],
                _ => Vec::new(),
            };
            let answers: Vec<String> =
                all.iter().filter_map(|example| example["response"].as_str()).map(str::to_owned).collect();
            if !answers.is_empty() {
                examples.insert(id, answers);
            }
        }
    }
    examples
}

/// An example answer as JSON, read the way a person would: the reference writes some for
/// people, with trailing commas, unquoted keys or comments (JSON5 reads those), and with
/// parts elided: lines of their own (`...`, `.... (1536 floats total)`) and list items
/// (`{ ... }`) are left out, an elided value (`"chunking_strategy": {...}`) reads as
/// `null`. `None` when even that does not read.
fn lenient_json(text: &str) -> Option<Value> {
    if let Ok(value) = serde_json::from_str(text) {
        return Some(value);
    }
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            !(line.starts_with("...") || line.starts_with('…'))
        })
        .collect();
    let mut text = kept.join("\n");
    for elided in ["{ ... }", "{...}"] {
        // A list item (after a comma) goes; a value becomes `null`.
        while let Some(at) = text.find(elided) {
            let before = text[..at].trim_end();
            if let Some(comma) = before.strip_suffix(',') {
                text = format!("{comma}{}", &text[at + elided.len()..]);
            } else {
                text.replace_range(at..at + elided.len(), "null");
            }
        }
    }
    json5::from_str(&text).ok()
}

/// The values of an example answer, each with the SSE `event:` name before it, if any.
type Events = Vec<(Option<String>, Value)>;

/// The JSON values of one example answer: the whole text, or the events of a stream — each
/// `data:` line (but `[DONE]`) with the `event:` name before it, if any. `None` when it is
/// not JSON.
fn answer_values(answer: &str) -> Option<(bool, Events)> {
    let trimmed = answer.trim();
    if trimmed.starts_with("data:") || trimmed.starts_with("event:") {
        let mut events = Vec::new();
        let mut name = None;
        for line in trimmed.lines() {
            if let Some(event) = line.strip_prefix("event:") {
                name = Some(event.trim().to_owned());
            } else if let Some(data) = line.strip_prefix("data:").map(str::trim)
                && data != "[DONE]"
            {
                events.push((name.take(), lenient_json(data)?));
            }
        }
        return Some((true, events));
    }
    if let Some(value) = lenient_json(trimmed) {
        return Some((false, vec![(None, value)]));
    }
    // Stream chunks written one JSON object a line, without `data:` (elisions between them
    // left out).
    let lines: Option<Events> = trimmed
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("..."))
        .map(|line| Some((None, serde_json::from_str(line).ok()?)))
        .collect();
    lines.filter(|events| events.len() > 1).map(|events| (true, events))
}

/// The stream event types of our spec that are SSE envelopes (`x-sse-envelope`): their
/// variants are `{event, data}` objects, chosen by the SSE event name.
fn envelopes() -> BTreeSet<String> {
    let path = tests::workspace_root().join("spec/openai.yaml");
    let spec: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let schemas = spec["components"]["schemas"].as_mapping().expect("schemas");
    schemas
        .iter()
        .filter(|(_, schema)| schema["x-sse-envelope"].as_bool() == Some(true))
        .filter_map(|(name, _)| name.as_str().map(str::to_owned))
        .collect()
}

#[test]
fn the_decoder_table_names_every_json_answer_of_the_spec() {
    let surface = tests::workspace_root().join("generated-client/api-surface.json");
    let surface: Value = serde_json::from_str(&std::fs::read_to_string(surface).unwrap()).unwrap();
    let mut expected = BTreeSet::new();
    for operation in surface["operations"].as_array().unwrap() {
        if operation["response"]["kind"] != "json" {
            continue;
        }
        let id = operation["id"].as_str().unwrap();
        let ty = operation["response"]["type"].as_str().unwrap();
        let line = match operation["stream"].as_str() {
            Some(event) => format!("\"{id}\" => {ty}, stream {event},"),
            None => format!("\"{id}\" => {ty},"),
        };
        expected.insert(line);
    }
    let table: BTreeSet<String> = DECODERS
        .iter()
        .map(|(id, ty, _, stream)| match stream {
            Some((event, _)) => format!("\"{id}\" => {ty}, stream {event},"),
            None => format!("\"{id}\" => {ty},"),
        })
        .collect();
    let missing: Vec<_> = expected.difference(&table).collect();
    let stale: Vec<_> = table.difference(&expected).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "DECODERS differs from api-surface.json:\nadd {missing:#?}\nremove {stale:#?}"
    );
}

#[test]
fn every_example_answer_of_the_reference_decodes_typed_and_whole() {
    let examples = reference_examples();
    let envelopes = envelopes();
    let decoders: BTreeMap<&str, _> = DECODERS.iter().map(|(id, _, plain, stream)| (*id, (*plain, *stream))).collect();
    let mut findings = Vec::new();
    let mut not_json = BTreeSet::new();
    let mut checked = 0;
    for (id, answers) in &examples {
        let Some((plain, stream)) = decoders.get(id.as_str()) else { continue };
        for (index, answer) in answers.iter().enumerate() {
            let Some((is_stream, values)) = answer_values(answer) else {
                not_json.insert(format!("{id} example {index}"));
                continue;
            };
            let (decode, envelope) = match (is_stream, stream) {
                (true, Some((event_type, event))) => (*event, envelopes.contains(*event_type)),
                (true, None) => {
                    findings
                        .push((id.clone(), format!("example {index}: a stream, but the operation does not stream")));
                    continue;
                }
                (false, _) => (*plain, false),
            };
            for (event, value) in values {
                checked += 1;
                let value = match (envelope, event) {
                    (true, Some(event)) => serde_json::json!({"event": event, "data": value}),
                    _ => value,
                };
                match decode(&value) {
                    Err(e) => findings.push((id.clone(), format!("example {index}: {e}"))),
                    Ok(decoded) => {
                        let lost = tests::json::dropped_keys(&value, &decoded);
                        findings.extend(
                            lost.into_iter().map(|key| (id.clone(), format!("example {index}: key dropped: {key}"))),
                        );
                    }
                }
            }
        }
    }
    let listed: BTreeSet<String> = NOT_JSON.iter().map(|(id, index, _)| format!("{id} example {index}")).collect();
    let newly: Vec<_> = not_json.difference(&listed).collect();
    let readable_now: Vec<_> = listed.difference(&not_json).collect();
    println!("reference examples: {checked} answers decoded, {} example answers not JSON", not_json.len());
    assert!(
        newly.is_empty() && readable_now.is_empty(),
        "NOT_JSON is out of date: add {newly:?}, remove {readable_now:?}"
    );
    let (failures, stale) = excuse(&findings);
    assert!(stale.is_empty(), "EXPECTED is out of date: these excuse nothing any more:\n{}", stale.join("\n"));
    assert!(
        failures.is_empty(),
        "{} findings in the reference's example answers:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The ChatKit examples' thread items (excused in [`EXPECTED`]) decode typed and whole once they
/// carry the REST API's tags: the catch-all comes from the tag, not from the decoder.
#[test]
fn chatkit_example_items_decode_typed_with_the_rest_api_tags() {
    let answer = &reference_examples()["ListThreadItemsMethod"][0];
    let mut page = lenient_json(answer).expect("the example is JSON");
    for item in page["data"].as_array_mut().expect("items") {
        let tag = item["type"].as_str().expect("a tag").to_owned();
        item["type"] = Value::from(format!("chatkit.{tag}"));
    }
    let decoded = round_trip::<ChatKitThreadItemListResource>(&page).unwrap_or_else(|e| panic!("{e}"));
    let lost = tests::json::dropped_keys(&page, &decoded);
    assert!(lost.is_empty(), "keys dropped: {lost:?}");
}
