#!/usr/bin/env python3
"""Self-consistency checks for spec/openai.yaml.

  * every operation of the expected table is present, with its operationId,
    `x-rust-method`, one known tag, a summary and a description;
  * operations of the beta Assistants API take the `OpenAI-Beta` header;
  * every `$ref` resolves;
  * every schema and every property carries a description (a `$ref` property
    carries its own `description` next to the `$ref`);
  * every discriminated union is well formed: each mapping target is one of the
    `oneOf` members, declares the discriminator property as an enum of exactly
    the mapping keys that name it (one, or a current and a former name) and lists
    it in `required`, and every member is mapped;
  * every `examples` entry of a component schema validates against that schema
    (JSON Schema 2020-12, `$ref`s resolved against the whole document).

Exit status is 1 when something is wrong.

Usage: python3 spec/tools/check_spec.py [--spec spec/openai.yaml]
"""
from __future__ import annotations

import argparse
import os
import sys

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SPEC = os.path.abspath(os.path.join(HERE, "..", "openai.yaml"))

TAGS = {'Realtime', 'Evals', 'Completions', 'Content provenance', 'Projects', 'Users', 'Invites', 'Groups', 'Group users', 'Group organization role assignments', 'Roles', 'User organization role assignments', 'Project groups', 'Project group role assignments', 'Project user role assignments', 'Certificates', 'Admin API keys', 'Audit Logs', 'Usage', 'Spend limits', 'Spend alerts', 'Data retention', 'Hosted tools', 'Containers', 'Skills', 'Videos', 'Uploads', 'ChatKit', "Responses", "Conversations", "Chat", "Audio", "Images", "Embeddings", "Moderations",
        "Fine-tuning", "Batch", "Files", "Vector stores", "Assistants", "Threads", "Runs",
        "Messages", "Models"}
BETA_TAGS = {"Assistants", "Threads", "Runs", "Messages", "ChatKit"}

# method path operationId x-rust-method
EXPECTED = """
POST /realtime/client_secrets create-realtime-client-secret realtime.client_secrets.create
POST /realtime/sessions create-realtime-session realtime.sessions.create
POST /realtime/transcription_sessions create-realtime-transcription-session realtime.transcription_sessions.create
POST /realtime/translations/client_secrets create-realtime-translation-client-secret realtime.translations.client_secrets.create
POST /realtime/calls create-realtime-call realtime.calls.create
POST /realtime/calls/{call_id}/accept accept-realtime-call realtime.calls.accept
POST /realtime/calls/{call_id}/hangup hangup-realtime-call realtime.calls.hangup
POST /realtime/calls/{call_id}/refer refer-realtime-call realtime.calls.refer
POST /realtime/calls/{call_id}/reject reject-realtime-call realtime.calls.reject
GET /evals listEvals evals.list
POST /evals createEval evals.create
GET /evals/{eval_id} getEval evals.retrieve
POST /evals/{eval_id} updateEval evals.update
DELETE /evals/{eval_id} deleteEval evals.delete
GET /evals/{eval_id}/runs getEvalRuns evals.runs.list
POST /evals/{eval_id}/runs createEvalRun evals.runs.create
GET /evals/{eval_id}/runs/{run_id} getEvalRun evals.runs.retrieve
POST /evals/{eval_id}/runs/{run_id} cancelEvalRun evals.runs.cancel
DELETE /evals/{eval_id}/runs/{run_id} deleteEvalRun evals.runs.delete
GET /evals/{eval_id}/runs/{run_id}/output_items getEvalRunOutputItems evals.runs.output_items.list
GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id} getEvalRunOutputItem evals.runs.output_items.retrieve
POST /fine_tuning/alpha/graders/run runGrader fine_tuning.graders.run
POST /fine_tuning/alpha/graders/validate validateGrader fine_tuning.graders.validate
GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions listFineTuningCheckpointPermissions fine_tuning.checkpoints.permissions.list
POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions createFineTuningCheckpointPermission fine_tuning.checkpoints.permissions.create
DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id} deleteFineTuningCheckpointPermission fine_tuning.checkpoints.permissions.delete
POST /fine_tuning/jobs/{fine_tuning_job_id}/pause pauseFineTuningJob fine_tuning.jobs.pause
POST /fine_tuning/jobs/{fine_tuning_job_id}/resume resumeFineTuningJob fine_tuning.jobs.resume
GET /responses/{response_id}/input_items listInputItems responses.input_items.list
POST /responses/input_tokens Getinputtokencounts responses.input_tokens.count
POST /responses/compact Compactconversation responses.compact
POST /responses?beta=true beta_createResponse responses.beta.create
GET /responses/{response_id}?beta=true beta_getResponse responses.beta.retrieve
DELETE /responses/{response_id}?beta=true beta_deleteResponse responses.beta.delete
POST /responses/{response_id}/cancel?beta=true beta_cancelResponse responses.beta.cancel
GET /responses/{response_id}/input_items?beta=true beta_listInputItems responses.beta.input_items.list
POST /responses/compact?beta=true beta_Compactconversation responses.beta.compact
POST /responses/input_tokens?beta=true beta_Getinputtokencounts responses.beta.input_tokens.count
GET /conversations/{conversation_id} getConversation conversations.retrieve
POST /conversations/{conversation_id} updateConversation conversations.update
DELETE /conversations/{conversation_id} deleteConversation conversations.delete
GET /conversations/{conversation_id}/items/{item_id} getConversationItem conversations.items.retrieve
DELETE /conversations/{conversation_id}/items/{item_id} deleteConversationItem conversations.items.delete
POST /completions createCompletion completions.create
POST /content_provenance_checks Createcontentprovenancecheck content_provenance_checks.create
GET /organization/projects list-projects admin.projects.list
POST /organization/projects create-project admin.projects.create
GET /organization/projects/{project_id} retrieve-project admin.projects.retrieve
POST /organization/projects/{project_id} modify-project admin.projects.update
POST /organization/projects/{project_id}/archive archive-project admin.projects.archive
GET /organization/projects/{project_id}/api_keys list-project-api-keys admin.projects.api_keys.list
GET /organization/projects/{project_id}/api_keys/{api_key_id} retrieve-project-api-key admin.projects.api_keys.retrieve
DELETE /organization/projects/{project_id}/api_keys/{api_key_id} delete-project-api-key admin.projects.api_keys.delete
GET /organization/projects/{project_id}/model_permissions retrieve-project-model-permissions admin.projects.model_permissions.retrieve
POST /organization/projects/{project_id}/model_permissions update-project-model-permissions admin.projects.model_permissions.update
DELETE /organization/projects/{project_id}/model_permissions delete-project-model-permissions admin.projects.model_permissions.delete
GET /organization/projects/{project_id}/rate_limits list-project-rate-limits admin.projects.rate_limits.list
POST /organization/projects/{project_id}/rate_limits/{rate_limit_id} update-project-rate-limits admin.projects.rate_limits.update
GET /organization/projects/{project_id}/service_accounts list-project-service-accounts admin.projects.service_accounts.list
POST /organization/projects/{project_id}/service_accounts create-project-service-account admin.projects.service_accounts.create
GET /organization/projects/{project_id}/service_accounts/{service_account_id} retrieve-project-service-account admin.projects.service_accounts.retrieve
POST /organization/projects/{project_id}/service_accounts/{service_account_id} update-project-service-account admin.projects.service_accounts.update
DELETE /organization/projects/{project_id}/service_accounts/{service_account_id} delete-project-service-account admin.projects.service_accounts.delete
POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys CreateanAPIkeyforaserviceaccount admin.projects.service_accounts.api_keys.create
GET /organization/projects/{project_id}/users list-project-users admin.projects.users.list
POST /organization/projects/{project_id}/users create-project-user admin.projects.users.create
GET /organization/projects/{project_id}/users/{user_id} retrieve-project-user admin.projects.users.retrieve
POST /organization/projects/{project_id}/users/{user_id} modify-project-user admin.projects.users.update
DELETE /organization/projects/{project_id}/users/{user_id} delete-project-user admin.projects.users.delete
GET /organization/projects/{project_id}/groups list-project-groups admin.projects.groups.list
POST /organization/projects/{project_id}/groups add-project-group admin.projects.groups.add
GET /organization/projects/{project_id}/groups/{group_id} retrieve-project-group admin.projects.groups.retrieve
DELETE /organization/projects/{project_id}/groups/{group_id} remove-project-group admin.projects.groups.remove
GET /organization/projects/{project_id}/certificates listProjectCertificates admin.projects.certificates.list
POST /organization/projects/{project_id}/certificates/activate activateProjectCertificates admin.projects.certificates.activate
POST /organization/projects/{project_id}/certificates/deactivate deactivateProjectCertificates admin.projects.certificates.deactivate
GET /organization/users list-users admin.users.list
GET /organization/users/{user_id} retrieve-user admin.users.retrieve
POST /organization/users/{user_id} modify-user admin.users.update
DELETE /organization/users/{user_id} delete-user admin.users.delete
GET /organization/invites list-invites admin.invites.list
POST /organization/invites inviteUser admin.invites.create
GET /organization/invites/{invite_id} retrieve-invite admin.invites.retrieve
DELETE /organization/invites/{invite_id} delete-invite admin.invites.delete
GET /organization/groups list-groups admin.groups.list
POST /organization/groups create-group admin.groups.create
GET /organization/groups/{group_id} retrieve-group admin.groups.retrieve
POST /organization/groups/{group_id} update-group admin.groups.update
DELETE /organization/groups/{group_id} delete-group admin.groups.delete
GET /organization/groups/{group_id}/users list-group-users admin.groups.users.list
POST /organization/groups/{group_id}/users add-group-user admin.groups.users.add
GET /organization/groups/{group_id}/users/{user_id} retrieve-group-user admin.groups.users.retrieve
DELETE /organization/groups/{group_id}/users/{user_id} remove-group-user admin.groups.users.remove
GET /organization/groups/{group_id}/roles list-group-role-assignments admin.groups.roles.list
POST /organization/groups/{group_id}/roles assign-group-role admin.groups.roles.assign
GET /organization/groups/{group_id}/roles/{role_id} retrieve-group-role admin.groups.roles.retrieve
DELETE /organization/groups/{group_id}/roles/{role_id} unassign-group-role admin.groups.roles.unassign
GET /organization/users/{user_id}/roles list-user-role-assignments admin.users.roles.list
POST /organization/users/{user_id}/roles assign-user-role admin.users.roles.assign
GET /organization/users/{user_id}/roles/{role_id} retrieve-user-role admin.users.roles.retrieve
DELETE /organization/users/{user_id}/roles/{role_id} unassign-user-role admin.users.roles.unassign
GET /organization/roles list-roles admin.roles.list
POST /organization/roles create-role admin.roles.create
GET /organization/roles/{role_id} retrieve-role admin.roles.retrieve
POST /organization/roles/{role_id} update-role admin.roles.update
DELETE /organization/roles/{role_id} delete-role admin.roles.delete
GET /projects/{project_id}/roles list-project-roles admin.projects.roles.list
POST /projects/{project_id}/roles create-project-role admin.projects.roles.create
GET /projects/{project_id}/roles/{role_id} retrieve-project-role admin.projects.roles.retrieve
POST /projects/{project_id}/roles/{role_id} update-project-role admin.projects.roles.update
DELETE /projects/{project_id}/roles/{role_id} delete-project-role admin.projects.roles.delete
GET /projects/{project_id}/groups/{group_id}/roles list-project-group-role-assignments admin.projects.groups.roles.list
POST /projects/{project_id}/groups/{group_id}/roles assign-project-group-role admin.projects.groups.roles.assign
GET /projects/{project_id}/groups/{group_id}/roles/{role_id} retrieve-project-group-role admin.projects.groups.roles.retrieve
DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id} unassign-project-group-role admin.projects.groups.roles.unassign
GET /projects/{project_id}/users/{user_id}/roles list-project-user-role-assignments admin.projects.users.roles.list
POST /projects/{project_id}/users/{user_id}/roles assign-project-user-role admin.projects.users.roles.assign
GET /projects/{project_id}/users/{user_id}/roles/{role_id} retrieve-project-user-role admin.projects.users.roles.retrieve
DELETE /projects/{project_id}/users/{user_id}/roles/{role_id} unassign-project-user-role admin.projects.users.roles.unassign
GET /organization/certificates listOrganizationCertificates admin.certificates.list
POST /organization/certificates uploadCertificate admin.certificates.create
POST /organization/certificates/activate activateOrganizationCertificates admin.certificates.activate
POST /organization/certificates/deactivate deactivateOrganizationCertificates admin.certificates.deactivate
GET /organization/certificates/{certificate_id} getCertificate admin.certificates.retrieve
POST /organization/certificates/{certificate_id} modifyCertificate admin.certificates.update
DELETE /organization/certificates/{certificate_id} deleteCertificate admin.certificates.delete
GET /organization/admin_api_keys admin-api-keys-list admin.api_keys.list
POST /organization/admin_api_keys admin-api-keys-create admin.api_keys.create
GET /organization/admin_api_keys/{key_id} admin-api-keys-get admin.api_keys.retrieve
DELETE /organization/admin_api_keys/{key_id} admin-api-keys-delete admin.api_keys.delete
GET /organization/audit_logs list-audit-logs admin.audit_logs.list
GET /organization/costs usage-costs admin.usage.costs
GET /organization/usage/audio_speeches usage-audio-speeches admin.usage.audio_speeches
GET /organization/usage/audio_transcriptions usage-audio-transcriptions admin.usage.audio_transcriptions
GET /organization/usage/code_interpreter_sessions usage-code-interpreter-sessions admin.usage.code_interpreter_sessions
GET /organization/usage/completions usage-completions admin.usage.completions
GET /organization/usage/embeddings usage-embeddings admin.usage.embeddings
GET /organization/usage/file_search_calls usage-file-search-calls admin.usage.file_search_calls
GET /organization/usage/images usage-images admin.usage.images
GET /organization/usage/moderations usage-moderations admin.usage.moderations
GET /organization/usage/vector_stores usage-vector-stores admin.usage.vector_stores
GET /organization/usage/web_search_calls usage-web-search-calls admin.usage.web_search_calls
GET /organization/spend_limit Getorganizationspendlimit admin.spend_limit.retrieve
POST /organization/spend_limit Updateorganizationspendlimit admin.spend_limit.update
DELETE /organization/spend_limit Deleteorganizationspendlimit admin.spend_limit.delete
GET /organization/projects/{project_id}/spend_limit Getprojectspendlimit admin.projects.spend_limit.retrieve
POST /organization/projects/{project_id}/spend_limit Updateprojectspendlimit admin.projects.spend_limit.update
DELETE /organization/projects/{project_id}/spend_limit Deleteprojectspendlimit admin.projects.spend_limit.delete
GET /organization/spend_alerts list-organization-spend-alerts admin.spend_alerts.list
POST /organization/spend_alerts create-organization-spend-alert admin.spend_alerts.create
GET /organization/spend_alerts/{alert_id} retrieve-organization-spend-alert admin.spend_alerts.retrieve
POST /organization/spend_alerts/{alert_id} update-organization-spend-alert admin.spend_alerts.update
DELETE /organization/spend_alerts/{alert_id} delete-organization-spend-alert admin.spend_alerts.delete
GET /organization/projects/{project_id}/spend_alerts list-project-spend-alerts admin.projects.spend_alerts.list
POST /organization/projects/{project_id}/spend_alerts create-project-spend-alert admin.projects.spend_alerts.create
GET /organization/projects/{project_id}/spend_alerts/{alert_id} retrieve-project-spend-alert admin.projects.spend_alerts.retrieve
POST /organization/projects/{project_id}/spend_alerts/{alert_id} update-project-spend-alert admin.projects.spend_alerts.update
DELETE /organization/projects/{project_id}/spend_alerts/{alert_id} delete-project-spend-alert admin.projects.spend_alerts.delete
GET /organization/data_retention retrieve-organization-data-retention admin.data_retention.retrieve
POST /organization/data_retention update-organization-data-retention admin.data_retention.update
GET /organization/projects/{project_id}/data_retention retrieve-project-data-retention admin.projects.data_retention.retrieve
POST /organization/projects/{project_id}/data_retention update-project-data-retention admin.projects.data_retention.update
GET /organization/projects/{project_id}/hosted_tool_permissions retrieve-project-hosted-tool-permissions admin.projects.hosted_tool_permissions.retrieve
POST /organization/projects/{project_id}/hosted_tool_permissions update-project-hosted-tool-permissions admin.projects.hosted_tool_permissions.update
GET /containers ListContainers containers.list
POST /containers CreateContainer containers.create
GET /containers/{container_id} RetrieveContainer containers.retrieve
DELETE /containers/{container_id} DeleteContainer containers.delete
GET /containers/{container_id}/files ListContainerFiles containers.files.list
POST /containers/{container_id}/files CreateContainerFile containers.files.create
GET /containers/{container_id}/files/{file_id} RetrieveContainerFile containers.files.retrieve
DELETE /containers/{container_id}/files/{file_id} DeleteContainerFile containers.files.delete
GET /containers/{container_id}/files/{file_id}/content RetrieveContainerFileContent containers.files.content
GET /skills ListSkills skills.list
POST /skills CreateSkill skills.create
GET /skills/{skill_id} GetSkill skills.retrieve
POST /skills/{skill_id} UpdateSkillDefaultVersion skills.update
DELETE /skills/{skill_id} DeleteSkill skills.delete
GET /skills/{skill_id}/content GetSkillContent skills.content
GET /skills/{skill_id}/versions ListSkillVersions skills.versions.list
POST /skills/{skill_id}/versions CreateSkillVersion skills.versions.create
GET /skills/{skill_id}/versions/{version} GetSkillVersion skills.versions.retrieve
DELETE /skills/{skill_id}/versions/{version} DeleteSkillVersion skills.versions.delete
GET /skills/{skill_id}/versions/{version}/content GetSkillVersionContent skills.versions.content
GET /videos ListVideos videos.list
POST /videos createVideo videos.create
GET /videos/{video_id} GetVideo videos.retrieve
DELETE /videos/{video_id} DeleteVideo videos.delete
GET /videos/{video_id}/content RetrieveVideoContent videos.content
POST /videos/{video_id}/remix CreateVideoRemix videos.remix
POST /videos/edits CreateVideoEdit videos.edit
POST /videos/extensions CreateVideoExtend videos.extend
POST /videos/characters CreateVideoCharacter videos.characters.create
GET /videos/characters/{character_id} GetVideoCharacter videos.characters.retrieve
POST /uploads createUpload uploads.create
POST /uploads/{upload_id}/cancel cancelUpload uploads.cancel
POST /uploads/{upload_id}/complete completeUpload uploads.complete
POST /uploads/{upload_id}/parts addUploadPart uploads.parts.create
POST /audio/translations createTranslation audio.translations.create
GET /audio/voice_consents listVoiceConsents audio.voice_consents.list
POST /audio/voice_consents createVoiceConsent audio.voice_consents.create
GET /audio/voice_consents/{consent_id} getVoiceConsent audio.voice_consents.retrieve
POST /audio/voice_consents/{consent_id} updateVoiceConsent audio.voice_consents.update
DELETE /audio/voice_consents/{consent_id} deleteVoiceConsent audio.voice_consents.delete
POST /audio/voices createVoice audio.voices.create
POST /vector_stores/{vector_store_id}/file_batches createVectorStoreFileBatch vector_stores.file_batches.create
GET /vector_stores/{vector_store_id}/file_batches/{batch_id} getVectorStoreFileBatch vector_stores.file_batches.retrieve
POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel cancelVectorStoreFileBatch vector_stores.file_batches.cancel
GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files listFilesInVectorStoreBatch vector_stores.file_batches.list_files
GET /vector_stores/{vector_store_id}/files/{file_id} getVectorStoreFile vector_stores.files.retrieve
POST /vector_stores/{vector_store_id}/files/{file_id} updateVectorStoreFileAttributes vector_stores.files.update
DELETE /vector_stores/{vector_store_id}/files/{file_id} deleteVectorStoreFile vector_stores.files.delete
GET /vector_stores/{vector_store_id}/files/{file_id}/content retrieveVectorStoreFileContent vector_stores.files.content
POST /vector_stores/{vector_store_id}/search searchVectorStore vector_stores.search
POST /chatkit/sessions CreateChatSessionMethod chatkit.sessions.create
POST /chatkit/sessions/{session_id}/cancel CancelChatSessionMethod chatkit.sessions.cancel
GET /chatkit/threads ListThreadsMethod chatkit.threads.list
GET /chatkit/threads/{thread_id} GetThreadMethod chatkit.threads.retrieve
DELETE /chatkit/threads/{thread_id} DeleteThreadMethod chatkit.threads.delete
GET /chatkit/threads/{thread_id}/items ListThreadItemsMethod chatkit.threads.items.list
POST /responses createResponse responses.create
GET /responses/{response_id} getResponse responses.retrieve
DELETE /responses/{response_id} deleteResponse responses.delete
POST /responses/{response_id}/cancel cancelResponse responses.cancel
POST /conversations createConversation conversations.create
GET /conversations/{conversation_id}/items listConversationItems conversations.items.list
POST /conversations/{conversation_id}/items createConversationItems conversations.items.create
POST /chat/completions createChatCompletion chat.completions.create
GET /chat/completions listChatCompletions chat.completions.list
GET /chat/completions/{completion_id} getChatCompletion chat.completions.retrieve
POST /chat/completions/{completion_id} updateChatCompletion chat.completions.update
DELETE /chat/completions/{completion_id} deleteChatCompletion chat.completions.delete
GET /chat/completions/{completion_id}/messages getChatCompletionMessages chat.completions.messages.list
POST /audio/transcriptions createTranscription audio.transcriptions.create
POST /audio/speech createSpeech audio.speech.create
POST /images/generations createImage images.generate
POST /images/edits createImageEdit images.edit
POST /images/variations createImageVariation images.create_variation
POST /embeddings createEmbedding embeddings.create
POST /moderations createModeration moderations.create
POST /fine_tuning/jobs createFineTuningJob fine_tuning.jobs.create
GET /fine_tuning/jobs listPaginatedFineTuningJobs fine_tuning.jobs.list
GET /fine_tuning/jobs/{fine_tuning_job_id} retrieveFineTuningJob fine_tuning.jobs.retrieve
POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel cancelFineTuningJob fine_tuning.jobs.cancel
GET /fine_tuning/jobs/{fine_tuning_job_id}/events listFineTuningEvents fine_tuning.jobs.events.list
GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints listFineTuningJobCheckpoints fine_tuning.jobs.checkpoints.list
POST /batches createBatch batches.create
GET /batches listBatches batches.list
GET /batches/{batch_id} retrieveBatch batches.retrieve
POST /batches/{batch_id}/cancel cancelBatch batches.cancel
POST /files createFile files.create
GET /files listFiles files.list
GET /files/{file_id} retrieveFile files.retrieve
DELETE /files/{file_id} deleteFile files.delete
GET /files/{file_id}/content downloadFile files.content
POST /vector_stores createVectorStore vector_stores.create
GET /vector_stores listVectorStores vector_stores.list
GET /vector_stores/{vector_store_id} getVectorStore vector_stores.retrieve
POST /vector_stores/{vector_store_id} modifyVectorStore vector_stores.update
DELETE /vector_stores/{vector_store_id} deleteVectorStore vector_stores.delete
POST /vector_stores/{vector_store_id}/files createVectorStoreFile vector_stores.files.create
GET /vector_stores/{vector_store_id}/files listVectorStoreFiles vector_stores.files.list
POST /assistants createAssistant assistants.create
GET /assistants listAssistants assistants.list
GET /assistants/{assistant_id} getAssistant assistants.retrieve
POST /assistants/{assistant_id} modifyAssistant assistants.update
DELETE /assistants/{assistant_id} deleteAssistant assistants.delete
POST /threads createThread threads.create
GET /threads/{thread_id} getThread threads.retrieve
POST /threads/{thread_id} modifyThread threads.update
DELETE /threads/{thread_id} deleteThread threads.delete
POST /threads/runs createThreadAndRun threads.create_and_run
POST /threads/{thread_id}/runs createRun threads.runs.create
GET /threads/{thread_id}/runs listRuns threads.runs.list
GET /threads/{thread_id}/runs/{run_id} getRun threads.runs.retrieve
POST /threads/{thread_id}/runs/{run_id} modifyRun threads.runs.update
POST /threads/{thread_id}/runs/{run_id}/cancel cancelRun threads.runs.cancel
POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs submitToolOuputsToRun threads.runs.submit_tool_outputs
GET /threads/{thread_id}/runs/{run_id}/steps listRunSteps threads.runs.steps.list
GET /threads/{thread_id}/runs/{run_id}/steps/{step_id} getRunStep threads.runs.steps.retrieve
POST /threads/{thread_id}/messages createMessage threads.messages.create
GET /threads/{thread_id}/messages listMessages threads.messages.list
GET /threads/{thread_id}/messages/{message_id} getMessage threads.messages.retrieve
POST /threads/{thread_id}/messages/{message_id} modifyMessage threads.messages.update
DELETE /threads/{thread_id}/messages/{message_id} deleteMessage threads.messages.delete
GET /models listModels models.list
GET /models/{model} retrieveModel models.retrieve
DELETE /models/{model} deleteModel models.delete
"""

STREAMING = {"createResponse", "createChatCompletion", "createRun", "createThreadAndRun",
             "submitToolOuputsToRun", "beta_createResponse", "createCompletion"}

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class Spec:
    def __init__(self, data, directory="."):
        self.data = data
        # Where a reference to another file (a helper module's Rust source) is looked up.
        self.directory = directory
        self.errors: list[str] = []

    def err(self, msg):
        self.errors.append(msg)

    def lookup(self, ref):
        if not ref.startswith("#/"):
            raise KeyError(ref)
        cur = self.data
        for part in ref[2:].split("/"):
            cur = cur[part.replace("~1", "/").replace("~0", "~")]
        return cur

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            node = self.lookup(node["$ref"])
        return node

    # ------------------------------------------------------------------
    def check_refs(self, node, where="#"):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str) and not value.startswith("#"):
                    if not os.path.isfile(os.path.join(self.directory, value.split("#")[0])):
                        self.err(f"{where}: $ref {value} names no file beside the spec")
                elif key == "$ref" and isinstance(value, str):
                    try:
                        self.lookup(value)
                    except (KeyError, TypeError):
                        self.err(f"{where}: unresolved $ref {value}")
                elif key not in ("examples", "example"):
                    self.check_refs(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.check_refs(value, f"{where}/{i}")

    def check_operations(self):
        expected = {}
        for line in EXPECTED.strip().splitlines():
            method, path, op_id, rust = line.split()
            expected[(method.lower(), path)] = (op_id, rust)
        seen = set()
        for path, item in self.data.get("paths", {}).items():
            path_params = [self.resolve(p) for p in item.get("parameters", [])]
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                label = f"{method.upper()} {path}"
                seen.add((method, path))
                if (method, path) not in expected:
                    self.err(f"{label}: operation is not in the expected table")
                    continue
                op_id, rust = expected[(method, path)]
                if op.get("operationId") != op_id:
                    self.err(f"{label}: operationId {op.get('operationId')!r}, expected {op_id!r}")
                if op.get("x-rust-method") != rust:
                    self.err(f"{label}: x-rust-method {op.get('x-rust-method')!r}, expected {rust!r}")
                tags = op.get("tags") or []
                if len(tags) != 1 or tags[0] not in TAGS:
                    self.err(f"{label}: needs exactly one known tag, has {tags}")
                for field in ("summary", "description"):
                    if not str(op.get(field) or "").strip():
                        self.err(f"{label}: missing {field}")
                params = path_params + [self.resolve(p) for p in op.get("parameters", [])]
                for p in params:
                    if not p.get("description"):
                        self.err(f"{label}: parameter {p.get('name')} has no description")
                names = {(p["name"], p["in"]) for p in params}
                for seg in path.split("?")[0].split("/"):
                    if seg.startswith("{") and (seg[1:-1], "path") not in names:
                        self.err(f"{label}: path parameter {seg} is not declared")
                if tags and tags[0] in BETA_TAGS and ("OpenAI-Beta", "header") not in names:
                    self.err(f"{label}: beta operation without the OpenAI-Beta header")
                responses = op.get("responses") or {}
                if "200" not in responses:
                    self.err(f"{label}: no 200 response")
                if not any(code in responses for code in ("default", "4XX", "5XX")):
                    self.err(f"{label}: no error response")
                content = (self.resolve(responses.get("200", {})).get("content") or {})
                if op_id in STREAMING and not {"application/json", "text/event-stream"} <= set(content):
                    self.err(f"{label}: streaming operation needs JSON and SSE content")
        for key in set(expected) - seen:
            self.err(f"{key[0].upper()} {key[1]}: expected operation is missing")

    def check_descriptions(self):
        schemas = self.data["components"]["schemas"]

        def walk(node, where, is_property):
            if not isinstance(node, dict):
                return
            if is_property and not node.get("description"):
                self.err(f"{where}: property without description")
            if "$ref" in node:
                return
            for name, sub in (node.get("properties") or {}).items():
                walk(sub, f"{where}.{name}", True)
            for key in ("items", "additionalProperties"):
                if isinstance(node.get(key), dict):
                    walk(node[key], f"{where}[{key}]", False)
            for key in ("oneOf", "anyOf", "allOf"):
                for i, sub in enumerate(node.get(key) or []):
                    walk(sub, f"{where}/{key}/{i}", False)

        for name, schema in schemas.items():
            if not schema.get("description"):
                self.err(f"schema {name}: no description")
            walk(schema, name, False)

    def check_discriminators(self):
        def visit(node, where):
            if isinstance(node, dict):
                disc = node.get("discriminator")
                if disc:
                    self.check_union(node, disc, where)
                for key, value in node.items():
                    if key not in ("examples", "example"):
                        visit(value, f"{where}/{key}")
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    visit(value, f"{where}/{i}")

        visit(self.data["components"], "#/components")

    def check_union(self, node, disc, where):
        prop = disc.get("propertyName")
        mapping = disc.get("mapping") or {}
        members = [m.get("$ref") for m in node.get("oneOf") or node.get("anyOf") or []]
        if not mapping:
            self.err(f"{where}: discriminator without mapping")
        if None in members:
            self.err(f"{where}: discriminated union members must be $refs")
        # A member may stand for several tag values (an event's current name and the name
        # it had in a beta); its enum then lists exactly the values mapped to it, in order.
        values_of: dict[str, list[str]] = {}
        for value, ref in mapping.items():
            values_of.setdefault(ref, []).append(value)
        for ref, values in values_of.items():
            if ref not in members:
                self.err(f"{where}: mapping {', '.join(values)} -> {ref} is not a oneOf member")
                continue
            target = self.resolve({"$ref": ref})
            schema = (target.get("properties") or {}).get(prop) or {}
            if schema.get("enum") != values:
                self.err(f"{where}: {ref} must declare {prop} as enum {values}, has {schema.get('enum')}")
            if prop not in (target.get("required") or []):
                self.err(f"{where}: {ref} must list {prop} in required")
        for ref in members:
            if ref and ref not in mapping.values():
                self.err(f"{where}: member {ref} is missing from the mapping")

    def check_examples(self):
        registry = Registry().with_resource("urn:openai-spec", Resource(contents=self.data, specification=DRAFT202012))
        count = 0
        for name, schema in self.data["components"]["schemas"].items():
            examples = schema.get("examples") or []
            if not examples:
                continue
            wrapper = {"$ref": f"urn:openai-spec#/components/schemas/{name}"}
            validator = Draft202012Validator(wrapper, registry=registry)
            for i, example in enumerate(examples):
                count += 1
                errors = sorted(validator.iter_errors(example), key=lambda e: list(e.absolute_path))
                for e in errors[:5]:
                    path = "/".join(str(p) for p in e.absolute_path)
                    self.err(f"schema {name} example {i}: at /{path}: {e.message[:300]}")
        return count


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spec", default=DEFAULT_SPEC)
    args = ap.parse_args()
    with open(args.spec, encoding="utf-8") as fh:
        spec = Spec(yaml.safe_load(fh), os.path.dirname(os.path.abspath(args.spec)))
    spec.check_refs(spec.data)
    spec.check_operations()
    spec.check_descriptions()
    spec.check_discriminators()
    examples = spec.check_examples()
    for msg in spec.errors:
        print(f"ERROR: {msg}")
    ops = sum(1 for item in spec.data["paths"].values() for m in METHODS if m in item)
    print(f"{ops} operations, {len(spec.data['components']['schemas'])} schemas, "
          f"{examples} examples checked: {len(spec.errors)} problem(s)")
    return 1 if spec.errors else 0


if __name__ == "__main__":
    sys.exit(main())
