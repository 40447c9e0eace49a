//! Conformance cases of the organization administration operations about admin API keys,
//! audit logs, usage and costs, spend limits and alerts, data retention and hosted tool
//! permissions (`client.admin()`, feature `admin`).

use openai_client::Client;
use openai_client::runtime::{Call, Json, RequestSpec, decode_json};
use openai_client::types::*;
use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::support::*;

cases! {
    "admin-api-keys-list" => list_admin_api_keys,
    "admin-api-keys-create" => create_admin_api_key,
    "admin-api-keys-get" => retrieve_admin_api_key,
    "admin-api-keys-delete" => delete_admin_api_key,
    "list-audit-logs" => list_audit_logs,
    "usage-costs" => usage_costs,
    "usage-audio-speeches" => usage_audio_speeches,
    "usage-audio-transcriptions" => usage_audio_transcriptions,
    "usage-code-interpreter-sessions" => usage_code_interpreter_sessions,
    "usage-completions" => usage_completions,
    "usage-embeddings" => usage_embeddings,
    "usage-file-search-calls" => usage_file_search_calls,
    "usage-images" => usage_images,
    "usage-moderations" => usage_moderations,
    "usage-vector-stores" => usage_vector_stores,
    "usage-web-search-calls" => usage_web_search_calls,
    "Getorganizationspendlimit" => retrieve_organization_spend_limit,
    "Updateorganizationspendlimit" => update_organization_spend_limit,
    "Deleteorganizationspendlimit" => delete_organization_spend_limit,
    "Getprojectspendlimit" => retrieve_project_spend_limit,
    "Updateprojectspendlimit" => update_project_spend_limit,
    "Deleteprojectspendlimit" => delete_project_spend_limit,
    "list-organization-spend-alerts" => list_organization_spend_alerts,
    "create-organization-spend-alert" => create_organization_spend_alert,
    "retrieve-organization-spend-alert" => retrieve_organization_spend_alert,
    "update-organization-spend-alert" => update_organization_spend_alert,
    "delete-organization-spend-alert" => delete_organization_spend_alert,
    "list-project-spend-alerts" => list_project_spend_alerts,
    "create-project-spend-alert" => create_project_spend_alert,
    "retrieve-project-spend-alert" => retrieve_project_spend_alert,
    "update-project-spend-alert" => update_project_spend_alert,
    "delete-project-spend-alert" => delete_project_spend_alert,
    "retrieve-organization-data-retention" => retrieve_organization_data_retention,
    "update-organization-data-retention" => update_organization_data_retention,
    "retrieve-project-data-retention" => retrieve_project_data_retention,
    "update-project-data-retention" => update_project_data_retention,
    "retrieve-project-hosted-tool-permissions" => retrieve_project_hosted_tool_permissions,
    "update-project-hosted-tool-permissions" => update_project_hosted_tool_permissions,
}

// ---------------------------------------------------------------------------------------
//  Shared request pieces and checks
// ---------------------------------------------------------------------------------------

const PROJECT: &str = "proj_abc123";
const ALERT: &str = "alert_abc123";
const ADMIN_KEY: &str = "key_abc123";

/// 2025-01-01T00:00:00Z and 2025-02-01T00:00:00Z: the month every usage query covers.
const JANUARY: i64 = 1_735_689_600;
const FEBRUARY: i64 = 1_738_368_000;

/// A decoded enum value is one our spec names: the generated enums keep a value they do not
/// know as `Other`, which here means the reference sent a value our enum lacks.
macro_rules! ensure_named {
    ($method:expr, $field:literal, $value:expr, $enum:ident) => {
        match &$value {
            $enum::Other(wire) => {
                Err(format!("{}: `{}` is {wire:?}, which {} does not name", $method, $field, stringify!($enum)))
            }
            _ => Ok(()),
        }
    };
}

/// A GET of `path` whose answer is kept as plain JSON, to compare with what our types make
/// of it (see [`decode_keeping_every_key`]).
async fn raw_get(method: &str, client: &Client, path: &str, query: &[(&str, &str)]) -> Result<Value, String> {
    let mut spec = RequestSpec::new(Method::GET, path.to_owned());
    for (name, value) in query {
        spec.query().push(name, value);
    }
    call(method, Call::<Json<Value>>::new(client, spec)).await
}

/// Decodes `raw` into `T` and checks that nothing was dropped: our decoders skip keys they
/// do not know, so a property our spec misnames (an audit log payload, a field of one kind
/// of usage result...) would otherwise vanish without an error. Every non-null key of the
/// answer, at any depth, must come back when the decoded value is serialized again.
fn decode_keeping_every_key<T: DeserializeOwned + Serialize>(method: &str, raw: &Value) -> Result<T, String> {
    let decoded: T = decode_json(raw.to_string().as_bytes()).map_err(|e| format!("{method}: {e}"))?;
    let again = serde_json::to_value(&decoded).map_err(|e| format!("{method}: serialize again: {e}"))?;
    let lost = tests::json::dropped_keys(raw, &again);
    if lost.is_empty() {
        Ok(decoded)
    } else {
        Err(format!("{method}: our types dropped {} of the answer: {}", lost.join(", "), raw))
    }
}

// ---------------------------------------------------------------------------------------
//  Admin API keys
// ---------------------------------------------------------------------------------------

fn check_admin_key(method: &str, key: &AdminApiKey) -> CaseResult {
    ensure_eq(method, "object", &key.object, "organization.admin_api_key")?;
    ensure(method, !key.id.is_empty(), "the key has an empty id")
}

async fn list_admin_api_keys(client: &Client) -> CaseResult {
    let params = AdminApiKeysListParams::new().order(SortOrder::Desc).limit(10).after("key_xyz789");
    let page = call("admin.api_keys.list", client.admin().api_keys().list(&params)).await?;
    ensure_eq("admin.api_keys.list", "object", &page.object, "list")?;
    for key in &page.data {
        check_admin_key("admin.api_keys.list", key)?;
    }
    let params = AdminApiKeysListParams::new().limit(2);
    let keys = all_items("admin.api_keys.list", client.admin().api_keys().list(&params).into_stream()).await?;
    for key in &keys {
        check_admin_key("admin.api_keys.list (all pages)", key)?;
    }
    Ok(())
}

async fn create_admin_api_key(client: &Client) -> CaseResult {
    let method = "admin.api_keys.create";
    // A key for a billing dashboard that expires after 30 days.
    let request = CreateAdminApiKeyRequest::new("Billing dashboard").expires_in_seconds(2_592_000);
    let key = call(method, client.admin().api_keys().create(&request)).await?;
    ensure_eq(method, "object", &key.object, "organization.admin_api_key")?;
    ensure(method, !key.value.is_empty(), "the new key's secret `value` is empty")?;
    let permanent = CreateAdminApiKeyRequest::new("Provisioning service");
    call("admin.api_keys.create (no expiry)", client.admin().api_keys().create(&permanent)).await?;
    Ok(())
}

async fn retrieve_admin_api_key(client: &Client) -> CaseResult {
    let key = call("admin.api_keys.retrieve", client.admin().api_keys().retrieve(ADMIN_KEY)).await?;
    check_admin_key("admin.api_keys.retrieve", &key)?;
    // The owner is an inline object of the reference: its keys must all be ours too.
    let method = "admin.api_keys.retrieve (every key decoded)";
    let raw = raw_get(method, client, &format!("/organization/admin_api_keys/{ADMIN_KEY}"), &[]).await?;
    check_admin_key(method, &decode_keeping_every_key(method, &raw)?)
}

async fn delete_admin_api_key(client: &Client) -> CaseResult {
    let method = "admin.api_keys.delete";
    let deleted = call(method, client.admin().api_keys().delete(ADMIN_KEY)).await?;
    ensure_eq(method, "object", &deleted.object, "organization.admin_api_key.deleted")
}

// ---------------------------------------------------------------------------------------
//  Audit logs
// ---------------------------------------------------------------------------------------

/// Every entry's `type`, and its actor's kinds, are values our enums name.
fn check_audit_log(method: &str, entry: &AuditLog) -> CaseResult {
    ensure(method, !entry.id.is_empty(), "an entry has an empty id")?;
    ensure_named!(method, "type", entry.r#type, AuditLogEventType)?;
    if let Some(actor) = &entry.actor {
        if let Some(kind) = &actor.r#type {
            ensure_named!(method, "actor.type", kind, AuditLogActorType)?;
        }
        if let Some(kind) = actor.api_key.as_ref().and_then(|key| key.r#type.as_ref()) {
            ensure_named!(method, "actor.api_key.type", kind, AuditLogActorApiKeyType)?;
        }
    }
    Ok(())
}

async fn list_audit_logs(client: &Client) -> CaseResult {
    let logs = client.admin().audit_logs();
    // What happened to two projects in January, as a security review would ask.
    let params = ListAuditLogsParams::new()
        .effective_at(AuditLogEffectiveAtFilter::new().gte(JANUARY).lt(FEBRUARY))
        .project_ids(vec![PROJECT.to_owned(), "proj_def456".to_owned()])
        .event_types(vec![
            AuditLogEventType::ApiKeyCreated,
            AuditLogEventType::ApiKeyDeleted,
            AuditLogEventType::ProjectArchived,
            AuditLogEventType::LoginFailed,
        ])
        .actor_emails(vec!["ada@example.com".to_owned()])
        .limit(50);
    let page = call("admin.audit_logs.list", logs.list(&params)).await?;
    ensure_eq("admin.audit_logs.list", "object", &page.object, "list")?;
    for entry in &page.data {
        check_audit_log("admin.audit_logs.list", entry)?;
    }
    // A page of 200 random entries per seed draws every one of the reference's 145 event
    // types over the runs: each must be a value our `AuditLogEventType` names.
    let method = "admin.audit_logs.list (200 entries)";
    let page = call(method, logs.list(&params).header("X-Steady-Array-Size", "200")).await?;
    for entry in &page.data {
        check_audit_log(method, entry)?;
    }
    for entry in &all_items("admin.audit_logs.list", logs.list(&params).into_stream()).await? {
        check_audit_log("admin.audit_logs.list (all pages)", entry)?;
    }
    // Who touched one object, by actor id, paging on from a known entry.
    let by_resource = ListAuditLogsParams::new()
        .resource_ids(vec![PROJECT.to_owned()])
        .actor_ids(vec!["user-abc123".to_owned(), "svc_acct_abc".to_owned()])
        .effective_at(AuditLogEffectiveAtFilter::new().gt(JANUARY).lte(FEBRUARY))
        .after("audit_log-abc123")
        .limit(20);
    call("admin.audit_logs.list (by resource)", logs.list(&by_resource)).await?;
    // Tenant-level role bindings are only listed with `tenant_only`.
    let tenant = ListAuditLogsParams::new()
        .tenant_only(true)
        .event_types(vec![AuditLogEventType::RoleBoundToResource, AuditLogEventType::RoleUnboundFromResource])
        .before("audit_log-xyz789");
    call("admin.audit_logs.list (tenant)", logs.list(&tenant)).await?;
    // Every key of an answer must land in one of our fields (the seeds vary the entries'
    // `type`; Steady sends only required properties, so no event payload comes along).
    let method = "admin.audit_logs.list (every key decoded)";
    let raw = raw_get(method, client, "/organization/audit_logs", &[("limit", "20")]).await?;
    let page: ListAuditLogsResponse = decode_keeping_every_key(method, &raw)?;
    for entry in &page.data {
        check_audit_log(method, entry)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Usage and costs
// ---------------------------------------------------------------------------------------

/// Every bucket of a usage page, and every result in it, decoded into a named kind.
fn check_buckets<'a>(method: &str, buckets: impl IntoIterator<Item = &'a UsageTimeBucket>) -> CaseResult {
    for bucket in buckets {
        ensure_eq(method, "object", &bucket.object, "bucket")?;
        for result in &bucket.results {
            if let UsageResult::Unknown(value) = result {
                return Err(format!("{method}: a result of no kind our union names: {value}"));
            }
        }
    }
    Ok(())
}

fn check_usage_page(method: &str, page: &UsageResponse) -> CaseResult {
    ensure_eq(method, "object", &page.object, "page")?;
    check_buckets(method, &page.data)
}

/// Calls a usage endpoint, checks its first page, then walks every page with
/// `.into_stream()` (which passes `next_page` back as `page`).
macro_rules! usage_case {
    ($client:expr, $method:literal, $op:ident, $params:expr) => {{
        let params = $params;
        let usage = $client.admin().usage();
        let page = call($method, usage.$op(&params)).await?;
        check_usage_page($method, &page)?;
        let buckets = all_items($method, usage.$op(&params).into_stream()).await?;
        check_buckets(concat!($method, " (all pages)"), &buckets)
    }};
}

async fn usage_costs(client: &Client) -> CaseResult {
    let params = UsageCostsParams::new(JANUARY)
        .end_time(FEBRUARY)
        .bucket_width(UsageCostsBucketWidth::V1d)
        .project_ids(vec![PROJECT.to_owned()])
        .api_key_ids(vec!["key_abc123".to_owned()])
        .group_by(vec![UsageCostsGroupByItem::ProjectId, UsageCostsGroupByItem::LineItem])
        .limit(31);
    usage_case!(client, "admin.usage.costs", costs, params)?;
    // Continuing from a cursor of an earlier answer.
    let next = UsageCostsParams::new(JANUARY).page("page_AAAAAGdGxdEAAAAAZ0bFWQ==");
    let page = call("admin.usage.costs (next page)", client.admin().usage().costs(&next)).await?;
    check_usage_page("admin.usage.costs (next page)", &page)
}

async fn usage_audio_speeches(client: &Client) -> CaseResult {
    let params = UsageAudioSpeechesParams::new(JANUARY)
        .end_time(FEBRUARY)
        .bucket_width(UsageBucketWidth::V1d)
        .models(vec!["gpt-4o-mini-tts".to_owned(), "tts-1".to_owned()])
        .project_ids(vec![PROJECT.to_owned()])
        .group_by(vec![UsageGroupByItem::Model, UsageGroupByItem::ProjectId])
        .limit(31);
    usage_case!(client, "admin.usage.audio_speeches", audio_speeches, params)
}

async fn usage_audio_transcriptions(client: &Client) -> CaseResult {
    let params = UsageAudioTranscriptionsParams::new(JANUARY)
        .end_time(JANUARY + 86_400)
        .bucket_width(UsageBucketWidth::V1h)
        .user_ids(vec!["user-abc123".to_owned()])
        .api_key_ids(vec!["key_abc123".to_owned()])
        .group_by(vec![UsageGroupByItem::UserId, UsageGroupByItem::ApiKeyId])
        .limit(24);
    usage_case!(client, "admin.usage.audio_transcriptions", audio_transcriptions, params)
}

async fn usage_code_interpreter_sessions(client: &Client) -> CaseResult {
    let params = UsageCodeInterpreterSessionsParams::new(JANUARY)
        .end_time(FEBRUARY)
        .bucket_width(UsageBucketWidth::V1d)
        .project_ids(vec![PROJECT.to_owned(), "proj_def456".to_owned()])
        .group_by(vec![UsageGroupByProjectItem::ProjectId])
        .limit(31);
    usage_case!(client, "admin.usage.code_interpreter_sessions", code_interpreter_sessions, params)
}

async fn usage_completions(client: &Client) -> CaseResult {
    // Hourly token counts of one day, per model and service tier, batch jobs only.
    let params = UsageCompletionsParams::new(JANUARY)
        .end_time(JANUARY + 86_400)
        .bucket_width(UsageBucketWidth::V1h)
        .project_ids(vec![PROJECT.to_owned()])
        .models(vec!["gpt-4o".to_owned(), "gpt-4o-mini".to_owned()])
        .batch(true)
        .group_by(vec![
            UsageCompletionsGroupByItem::Model,
            UsageCompletionsGroupByItem::Batch,
            UsageCompletionsGroupByItem::ServiceTier,
        ])
        .limit(24);
    usage_case!(client, "admin.usage.completions", completions, params)?;
    // The last hour by the minute, interactive requests only, per user and key.
    let minutes = UsageCompletionsParams::new(JANUARY)
        .end_time(JANUARY + 3_600)
        .bucket_width(UsageBucketWidth::V1m)
        .batch(false)
        .user_ids(vec!["user-abc123".to_owned()])
        .api_key_ids(vec!["key_abc123".to_owned()])
        .group_by(vec![UsageCompletionsGroupByItem::UserId, UsageCompletionsGroupByItem::ApiKeyId])
        .limit(60);
    let page = call("admin.usage.completions (by minute)", client.admin().usage().completions(&minutes)).await?;
    check_usage_page("admin.usage.completions (by minute)", &page)?;
    // Every usage and costs endpoint answers with the same page type; its keys (`next_page`,
    // the buckets' and results' fields) must all land in our fields.
    let method = "admin.usage.completions (every key decoded)";
    let raw = raw_get(method, client, "/organization/usage/completions", &[("start_time", "1735689600")]).await?;
    check_usage_page(method, &decode_keeping_every_key(method, &raw)?)
}

async fn usage_embeddings(client: &Client) -> CaseResult {
    let params = UsageEmbeddingsParams::new(JANUARY)
        .end_time(FEBRUARY)
        .bucket_width(UsageBucketWidth::V1d)
        .models(vec!["text-embedding-3-small".to_owned()])
        .user_ids(vec!["user-abc123".to_owned()])
        .group_by(vec![UsageGroupByItem::Model, UsageGroupByItem::UserId])
        .limit(7);
    usage_case!(client, "admin.usage.embeddings", embeddings, params)
}

async fn usage_file_search_calls(client: &Client) -> CaseResult {
    let params = UsageFileSearchCallsParams::new(JANUARY)
        .end_time(FEBRUARY)
        .bucket_width(UsageBucketWidth::V1d)
        .project_ids(vec![PROJECT.to_owned()])
        .vector_store_ids(vec!["vs_abc123".to_owned(), "vs_def456".to_owned()])
        .group_by(vec![UsageFileSearchCallsGroupByItem::VectorStoreId, UsageFileSearchCallsGroupByItem::ProjectId])
        .limit(31);
    usage_case!(client, "admin.usage.file_search_calls", file_search_calls, params)
}

async fn usage_images(client: &Client) -> CaseResult {
    let params = UsageImagesParams::new(JANUARY)
        .end_time(FEBRUARY)
        .bucket_width(UsageBucketWidth::V1d)
        .sources(vec![UsageImagesSourcesItem::ImageGeneration, UsageImagesSourcesItem::ImageEdit])
        .sizes(vec![UsageImagesSizesItem::V1024x1024, UsageImagesSizesItem::V1024x1792])
        .models(vec!["gpt-image-1".to_owned(), "dall-e-3".to_owned()])
        .group_by(vec![UsageImagesGroupByItem::Size, UsageImagesGroupByItem::Source, UsageImagesGroupByItem::Model])
        .limit(31);
    usage_case!(client, "admin.usage.images", images, params)
}

async fn usage_moderations(client: &Client) -> CaseResult {
    let params = UsageModerationsParams::new(JANUARY)
        .end_time(FEBRUARY)
        .models(vec!["omni-moderation-latest".to_owned()])
        .api_key_ids(vec!["key_abc123".to_owned()])
        .group_by(vec![UsageGroupByItem::ApiKeyId])
        .limit(31);
    usage_case!(client, "admin.usage.moderations", moderations, params)
}

async fn usage_vector_stores(client: &Client) -> CaseResult {
    let params = UsageVectorStoresParams::new(JANUARY)
        .end_time(FEBRUARY)
        .bucket_width(UsageBucketWidth::V1d)
        .project_ids(vec![PROJECT.to_owned()])
        .group_by(vec![UsageGroupByProjectItem::ProjectId])
        .limit(31);
    usage_case!(client, "admin.usage.vector_stores", vector_stores, params)
}

async fn usage_web_search_calls(client: &Client) -> CaseResult {
    let params = UsageWebSearchCallsParams::new(JANUARY)
        .end_time(FEBRUARY)
        .bucket_width(UsageBucketWidth::V1d)
        .models(vec!["gpt-4.1".to_owned()])
        .context_levels(vec![UsageWebSearchCallsContextLevelsItem::Medium, UsageWebSearchCallsContextLevelsItem::High])
        .group_by(vec![UsageWebSearchCallsGroupByItem::ContextLevel, UsageWebSearchCallsGroupByItem::Model])
        .limit(31);
    usage_case!(client, "admin.usage.web_search_calls", web_search_calls, params)
}

// ---------------------------------------------------------------------------------------
//  Spend limits
// ---------------------------------------------------------------------------------------

// The reference leaves a limit's `currency`, `interval` and `enforcement.status` open
// (`anyOf: [string, enum]`, any string is valid), so Steady sends random words there: our
// enums must keep such a value as `Other`, as sent (checked on the organization's limit).

async fn retrieve_organization_spend_limit(client: &Client) -> CaseResult {
    let method = "admin.spend_limit.retrieve";
    let limit = call(method, client.admin().spend_limit().retrieve()).await?;
    ensure_eq(method, "object", &limit.object, "organization.spend_limit")?;
    let method = "admin.spend_limit.retrieve (every key decoded)";
    let raw = raw_get(method, client, "/organization/spend_limit", &[]).await?;
    let limit: OrganizationSpendLimitResource = decode_keeping_every_key(method, &raw)?;
    // Open enums: whatever value came is kept as sent.
    let kept = [limit.currency.as_str(), limit.interval.as_str(), limit.enforcement.status.as_str()];
    let sent = [&raw["currency"], &raw["interval"], &raw["enforcement"]["status"]];
    ensure(method, kept.iter().zip(sent).all(|(kept, sent)| sent == kept), format_args!("{kept:?} kept of {raw}"))
}

async fn update_organization_spend_limit(client: &Client) -> CaseResult {
    let method = "admin.spend_limit.update";
    // $25,000 a month, in cents.
    let request = UpdateOrganizationSpendLimitBody::new(2_500_000, SpendLimitCurrency::Usd, SpendLimitInterval::Month);
    let limit = call(method, client.admin().spend_limit().update(&request)).await?;
    ensure_eq(method, "object", &limit.object, "organization.spend_limit")
}

async fn delete_organization_spend_limit(client: &Client) -> CaseResult {
    let method = "admin.spend_limit.delete";
    let deleted = call(method, client.admin().spend_limit().delete()).await?;
    ensure_eq(method, "object", &deleted.object, "organization.spend_limit.deleted")
}

async fn retrieve_project_spend_limit(client: &Client) -> CaseResult {
    let method = "admin.projects.spend_limit.retrieve";
    let limit = call(method, client.admin().projects().spend_limit().retrieve(PROJECT)).await?;
    ensure_eq(method, "object", &limit.object, "project.spend_limit")
}

async fn update_project_spend_limit(client: &Client) -> CaseResult {
    let method = "admin.projects.spend_limit.update";
    let request = UpdateProjectSpendLimitBody::new(150_000, SpendLimitCurrency::Usd, SpendLimitInterval::Month);
    let limit = call(method, client.admin().projects().spend_limit().update(PROJECT, &request)).await?;
    ensure_eq(method, "object", &limit.object, "project.spend_limit")
}

async fn delete_project_spend_limit(client: &Client) -> CaseResult {
    let method = "admin.projects.spend_limit.delete";
    let deleted = call(method, client.admin().projects().spend_limit().delete(PROJECT)).await?;
    ensure_eq(method, "object", &deleted.object, "project.spend_limit.deleted")
}

// ---------------------------------------------------------------------------------------
//  Spend alerts
// ---------------------------------------------------------------------------------------

/// An alert emailed to finance when a month's spending passes $1,000.
fn alert_body() -> CreateSpendAlertBody {
    CreateSpendAlertBody::new(
        100_000,
        SpendLimitCurrency::Usd,
        SpendLimitInterval::Month,
        SpendAlertNotificationChannel::new(vec!["finance@example.com".to_owned(), "cto@example.com".to_owned()])
            .subject_prefix("[OpenAI spend]"),
    )
}

/// The same alert raised to $5,000, sent to one address without a subject prefix.
fn raised_alert_body() -> CreateSpendAlertBody {
    CreateSpendAlertBody::new(
        500_000,
        SpendLimitCurrency::Usd,
        SpendLimitInterval::Month,
        SpendAlertNotificationChannel::new(vec!["finance@example.com".to_owned()]),
    )
}

fn check_alert(
    method: &str,
    id: &str,
    currency: &SpendLimitCurrency,
    interval: &SpendLimitInterval,
    channel: &SpendAlertNotificationChannel,
) -> CaseResult {
    ensure(method, !id.is_empty(), "the alert has an empty id")?;
    ensure_named!(method, "currency", currency, SpendLimitCurrency)?;
    ensure_named!(method, "interval", interval, SpendLimitInterval)?;
    ensure(method, channel.r#type == "email", format_args!("notification channel {:?}", channel.r#type))
}

fn check_organization_alert(method: &str, alert: &OrganizationSpendAlert) -> CaseResult {
    ensure_eq(method, "object", &alert.object, "organization.spend_alert")?;
    check_alert(method, &alert.id, &alert.currency, &alert.interval, &alert.notification_channel)
}

fn check_project_alert(method: &str, alert: &ProjectSpendAlert) -> CaseResult {
    ensure_eq(method, "object", &alert.object, "project.spend_alert")?;
    check_alert(method, &alert.id, &alert.currency, &alert.interval, &alert.notification_channel)
}

async fn list_organization_spend_alerts(client: &Client) -> CaseResult {
    let method = "admin.spend_alerts.list";
    let alerts = client.admin().spend_alerts();
    let params = ListOrganizationSpendAlertsParams::new().limit(20).order(SortOrder::Asc).after("alert_abc123");
    let page = call(method, alerts.list(&params)).await?;
    ensure_eq(method, "object", &page.object, "list")?;
    for alert in &page.data {
        check_organization_alert(method, alert)?;
    }
    let backwards = ListOrganizationSpendAlertsParams::new().order(SortOrder::Desc).before("alert_xyz789");
    call("admin.spend_alerts.list (before)", alerts.list(&backwards)).await?;
    let params = ListOrganizationSpendAlertsParams::new().limit(5);
    for alert in &all_items(method, alerts.list(&params).into_stream()).await? {
        check_organization_alert("admin.spend_alerts.list (all pages)", alert)?;
    }
    Ok(())
}

async fn create_organization_spend_alert(client: &Client) -> CaseResult {
    let method = "admin.spend_alerts.create";
    let alert = call(method, client.admin().spend_alerts().create(&alert_body())).await?;
    check_organization_alert(method, &alert)
}

async fn retrieve_organization_spend_alert(client: &Client) -> CaseResult {
    let method = "admin.spend_alerts.retrieve";
    let alert = call(method, client.admin().spend_alerts().retrieve(ALERT)).await?;
    check_organization_alert(method, &alert)
}

async fn update_organization_spend_alert(client: &Client) -> CaseResult {
    let method = "admin.spend_alerts.update";
    let alert = call(method, client.admin().spend_alerts().update(ALERT, &raised_alert_body())).await?;
    check_organization_alert(method, &alert)
}

async fn delete_organization_spend_alert(client: &Client) -> CaseResult {
    let method = "admin.spend_alerts.delete";
    let deleted = call(method, client.admin().spend_alerts().delete(ALERT)).await?;
    ensure_eq(method, "object", &deleted.object, "organization.spend_alert.deleted")
}

async fn list_project_spend_alerts(client: &Client) -> CaseResult {
    let method = "admin.projects.spend_alerts.list";
    let alerts = client.admin().projects().spend_alerts();
    let params = ListProjectSpendAlertsParams::new().limit(20).order(SortOrder::Desc).before("alert_xyz789");
    let page = call(method, alerts.list(PROJECT, &params)).await?;
    ensure_eq(method, "object", &page.object, "list")?;
    for alert in &page.data {
        check_project_alert(method, alert)?;
    }
    let params = ListProjectSpendAlertsParams::new().limit(5).order(SortOrder::Asc).after("alert_abc123");
    for alert in &all_items(method, alerts.list(PROJECT, &params).into_stream()).await? {
        check_project_alert("admin.projects.spend_alerts.list (all pages)", alert)?;
    }
    Ok(())
}

async fn create_project_spend_alert(client: &Client) -> CaseResult {
    let method = "admin.projects.spend_alerts.create";
    let alert = call(method, client.admin().projects().spend_alerts().create(PROJECT, &alert_body())).await?;
    check_project_alert(method, &alert)
}

async fn retrieve_project_spend_alert(client: &Client) -> CaseResult {
    let method = "admin.projects.spend_alerts.retrieve";
    let alert = call(method, client.admin().projects().spend_alerts().retrieve(PROJECT, ALERT)).await?;
    check_project_alert(method, &alert)
}

async fn update_project_spend_alert(client: &Client) -> CaseResult {
    let method = "admin.projects.spend_alerts.update";
    let alerts = client.admin().projects().spend_alerts();
    let alert = call(method, alerts.update(PROJECT, ALERT, &raised_alert_body())).await?;
    check_project_alert(method, &alert)
}

async fn delete_project_spend_alert(client: &Client) -> CaseResult {
    let method = "admin.projects.spend_alerts.delete";
    let deleted = call(method, client.admin().projects().spend_alerts().delete(PROJECT, ALERT)).await?;
    ensure_eq(method, "object", &deleted.object, "project.spend_alert.deleted")
}

// ---------------------------------------------------------------------------------------
//  Data retention
// ---------------------------------------------------------------------------------------

async fn retrieve_organization_data_retention(client: &Client) -> CaseResult {
    let method = "admin.data_retention.retrieve";
    let retention = call(method, client.admin().data_retention().retrieve()).await?;
    ensure_eq(method, "object", &retention.object, "organization.data_retention")?;
    ensure_named!(method, "type", retention.r#type, OrganizationDataRetentionType)
}

async fn update_organization_data_retention(client: &Client) -> CaseResult {
    let method = "admin.data_retention.update";
    let request = UpdateOrganizationDataRetentionBody::new(OrganizationDataRetentionType::ZeroDataRetention);
    let retention = call(method, client.admin().data_retention().update(&request)).await?;
    ensure_eq(method, "object", &retention.object, "organization.data_retention")?;
    ensure_named!(method, "type", retention.r#type, OrganizationDataRetentionType)
}

async fn retrieve_project_data_retention(client: &Client) -> CaseResult {
    let method = "admin.projects.data_retention.retrieve";
    let retention = call(method, client.admin().projects().data_retention().retrieve(PROJECT)).await?;
    ensure_eq(method, "object", &retention.object, "project.data_retention")?;
    ensure_named!(method, "type", retention.r#type, ProjectDataRetentionType)
}

async fn update_project_data_retention(client: &Client) -> CaseResult {
    let retention = client.admin().projects().data_retention();
    // A project with its own regime, and one that follows the organization's again.
    for (method, kind) in [
        ("admin.projects.data_retention.update", ProjectDataRetentionType::ModifiedAbuseMonitoring),
        ("admin.projects.data_retention.update (organization default)", ProjectDataRetentionType::OrganizationDefault),
    ] {
        let answer = call(method, retention.update(PROJECT, &UpdateProjectDataRetentionBody::new(kind))).await?;
        ensure_eq(method, "object", &answer.object, "project.data_retention")?;
        ensure_named!(method, "type", answer.r#type, ProjectDataRetentionType)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Hosted tool permissions
// ---------------------------------------------------------------------------------------

async fn retrieve_project_hosted_tool_permissions(client: &Client) -> CaseResult {
    let method = "admin.projects.hosted_tool_permissions.retrieve";
    let permissions = client.admin().projects().hosted_tool_permissions();
    call(method, permissions.retrieve(PROJECT)).await?;
    // The answer is five required `{enabled}` objects: each must land in its own field.
    let method = "admin.projects.hosted_tool_permissions.retrieve (every key decoded)";
    let path = format!("/organization/projects/{PROJECT}/hosted_tool_permissions");
    let raw = raw_get(method, client, &path, &[]).await?;
    decode_keeping_every_key::<ProjectHostedToolPermissions>(method, &raw)?;
    for tool in ["file_search", "web_search", "image_generation", "mcp", "code_interpreter"] {
        ensure(method, raw[tool]["enabled"].is_boolean(), format_args!("`{tool}.enabled` is not a boolean"))?;
    }
    Ok(())
}

async fn update_project_hosted_tool_permissions(client: &Client) -> CaseResult {
    let method = "admin.projects.hosted_tool_permissions.update";
    let permissions = client.admin().projects().hosted_tool_permissions();
    // Keep file search, turn off image generation and remote MCP servers; the other tools
    // are left out and keep their state.
    let request = ProjectHostedToolPermissionsUpdateRequest::new()
        .file_search(HostedToolPermissionUpdate::new(true))
        .image_generation(HostedToolPermissionUpdate::new(false))
        .mcp(HostedToolPermissionUpdate::new(false));
    call(method, permissions.update(PROJECT, &request)).await?;
    let all = ProjectHostedToolPermissionsUpdateRequest::new()
        .file_search(HostedToolPermissionUpdate::new(true))
        .web_search(HostedToolPermissionUpdate::new(true))
        .image_generation(HostedToolPermissionUpdate::new(true))
        .mcp(HostedToolPermissionUpdate::new(true))
        .code_interpreter(HostedToolPermissionUpdate::new(true));
    call("admin.projects.hosted_tool_permissions.update (all on)", permissions.update(PROJECT, &all)).await?;
    Ok(())
}
