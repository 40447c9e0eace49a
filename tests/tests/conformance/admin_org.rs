//! Conformance cases for organization administration (`client.admin()`): projects and what
//! hangs off them (API keys, model permissions, rate limits, service accounts, members,
//! groups, certificates), users, invites, groups, roles and every role assignment.

use openai_client::Client;
use openai_client::types::*;

use super::support::*;

cases! {
    "list-projects" => list_projects,
    "create-project" => create_project,
    "retrieve-project" => retrieve_project,
    "modify-project" => modify_project,
    "archive-project" => archive_project,
    "list-project-api-keys" => list_project_api_keys,
    "retrieve-project-api-key" => retrieve_project_api_key,
    "delete-project-api-key" => delete_project_api_key,
    "retrieve-project-model-permissions" => retrieve_project_model_permissions,
    "update-project-model-permissions" => update_project_model_permissions,
    "delete-project-model-permissions" => delete_project_model_permissions,
    "list-project-rate-limits" => list_project_rate_limits,
    "update-project-rate-limits" => update_project_rate_limits,
    "list-project-service-accounts" => list_project_service_accounts,
    "create-project-service-account" => create_project_service_account,
    "retrieve-project-service-account" => retrieve_project_service_account,
    "update-project-service-account" => update_project_service_account,
    "delete-project-service-account" => delete_project_service_account,
    "CreateanAPIkeyforaserviceaccount" => create_service_account_api_key,
    "list-project-users" => list_project_users,
    "create-project-user" => create_project_user,
    "retrieve-project-user" => retrieve_project_user,
    "modify-project-user" => modify_project_user,
    "delete-project-user" => delete_project_user,
    "list-project-user-role-assignments" => list_project_user_roles,
    "assign-project-user-role" => assign_project_user_role,
    "retrieve-project-user-role" => retrieve_project_user_role,
    "unassign-project-user-role" => unassign_project_user_role,
    "list-project-roles" => list_project_roles,
    "create-project-role" => create_project_role,
    "retrieve-project-role" => retrieve_project_role,
    "update-project-role" => update_project_role,
    "delete-project-role" => delete_project_role,
    "list-project-groups" => list_project_groups,
    "add-project-group" => add_project_group,
    "retrieve-project-group" => retrieve_project_group,
    "remove-project-group" => remove_project_group,
    "list-project-group-role-assignments" => list_project_group_roles,
    "assign-project-group-role" => assign_project_group_role,
    "retrieve-project-group-role" => retrieve_project_group_role,
    "unassign-project-group-role" => unassign_project_group_role,
    "listProjectCertificates" => list_project_certificates,
    "activateProjectCertificates" => activate_project_certificates,
    "deactivateProjectCertificates" => deactivate_project_certificates,
    "list-users" => list_users,
    "retrieve-user" => retrieve_user,
    "modify-user" => modify_user,
    "delete-user" => delete_user,
    "list-user-role-assignments" => list_user_roles,
    "assign-user-role" => assign_user_role,
    "retrieve-user-role" => retrieve_user_role,
    "unassign-user-role" => unassign_user_role,
    "list-invites" => list_invites,
    "inviteUser" => invite_user,
    "retrieve-invite" => retrieve_invite,
    "delete-invite" => delete_invite,
    "list-groups" => list_groups,
    "create-group" => create_group,
    "retrieve-group" => retrieve_group,
    "update-group" => update_group,
    "delete-group" => delete_group,
    "list-group-users" => list_group_users,
    "add-group-user" => add_group_user,
    "retrieve-group-user" => retrieve_group_user,
    "remove-group-user" => remove_group_user,
    "list-group-role-assignments" => list_group_roles,
    "assign-group-role" => assign_group_role,
    "retrieve-group-role" => retrieve_group_role,
    "unassign-group-role" => unassign_group_role,
    "list-roles" => list_roles,
    "create-role" => create_role,
    "retrieve-role" => retrieve_role,
    "update-role" => update_role,
    "delete-role" => delete_role,
    "listOrganizationCertificates" => list_certificates,
    "uploadCertificate" => upload_certificate,
    "activateOrganizationCertificates" => activate_certificates,
    "deactivateOrganizationCertificates" => deactivate_certificates,
    "getCertificate" => get_certificate,
    "modifyCertificate" => modify_certificate,
    "deleteCertificate" => delete_certificate,
}

// ---------------------------------------------------------------------------------------
//  Shared request pieces and checks
// ---------------------------------------------------------------------------------------

const PROJECT: &str = "proj_abc123";
const USER: &str = "user_abc123";
const GROUP: &str = "group_01J1F8ABCDXYZ";
const ORG_ROLE: &str = "role_01J1F8ROLE01";
const PROJECT_ROLE: &str = "role_01J1F8PROJ";
const SERVICE_ACCOUNT: &str = "svc_acct_abc123";
const CERTIFICATE: &str = "cert_abc123";

/// A page: `object` is `list` and every item has the expected `object`.
fn page<'a>(method: &str, object: &str, items: impl IntoIterator<Item = &'a str>, item_kind: &str) -> CaseResult {
    ensure_eq(method, "object", object, "list")?;
    items.into_iter().try_for_each(|found| ensure_eq(method, "object", found, item_kind))
}

/// Permissions of the custom roles below, in the reference's own examples' form.
fn group_permissions() -> Vec<String> {
    vec!["api.groups.read".to_owned(), "api.groups.write".to_owned()]
}

/// A role as answered by the role endpoints.
fn check_role(method: &str, role: &Role) -> CaseResult {
    ensure_eq(method, "object", &role.object, "role")?;
    ensure_id(method, "id", &role.id)
}

/// The details of an assigned role (no `object` field in the reference).
fn check_assigned_role(method: &str, role: &AssignedRoleDetails) -> CaseResult {
    ensure_id(method, "id", &role.id)?;
    ensure(method, !role.name.is_empty(), "a role without a name")
}

/// A page of role assignments (`object: list`, a `next` cursor).
fn check_role_assignments(method: &str, page: &RoleListResource) -> CaseResult {
    ensure_eq(method, "object", &page.object, "list")?;
    page.data.iter().try_for_each(|role| check_assigned_role(method, role))
}

/// A short self-signed certificate in PEM form; the service stores it as text.
const PEM: &str = "-----BEGIN CERTIFICATE-----\n\
MIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGUgZm9yIHRlc3RzMAoGCCqGSM49BAMC\n\
MBkxFzAVBgNVBAMMDm10bHMuZXhhbXBsZS5jb20wHhcNMjUwMTAxMDAwMDAwWhcN\n\
MjYwMTAxMDAwMDAwWjAZMRcwFQYDVQQDDA5tdGxzLmV4YW1wbGUuY29t\n\
-----END CERTIFICATE-----\n";

// ---------------------------------------------------------------------------------------
//  Projects
// ---------------------------------------------------------------------------------------

fn check_project(method: &str, project: &Project) -> CaseResult {
    ensure_eq(method, "object", &project.object, "organization.project")?;
    ensure_id(method, "id", &project.id)
}

async fn list_projects(client: &Client) -> CaseResult {
    let projects = client.admin().projects();
    let params = ListProjectsParams::new().limit(20).after(PROJECT).include_archived(true);
    let method = "admin.projects.list";
    let list = call(method, projects.list(&params)).await?;
    page(method, &list.object, list.data.iter().map(|p| p.object.as_str()), "organization.project")?;
    let all = all_items(method, projects.list(&ListProjectsParams::new().limit(2)).into_stream()).await?;
    all.iter().try_for_each(|project| check_project(method, project))
}

async fn create_project(client: &Client) -> CaseResult {
    let projects = client.admin().projects();
    let request = ProjectCreateRequest::new("Support bot")
        .residency(PublicProjectResidency::EuStorageProcessing)
        .external_key_id("ekm_key_abc123");
    check_project("admin.projects.create", &call("admin.projects.create", projects.create(&request)).await?)?;
    let plain = ProjectCreateRequest::new("Experiments");
    check_project("admin.projects.create (name only)", &call("admin.projects.create", projects.create(&plain)).await?)
}

async fn retrieve_project(client: &Client) -> CaseResult {
    let project = call("admin.projects.retrieve", client.admin().projects().retrieve(PROJECT)).await?;
    check_project("admin.projects.retrieve", &project)
}

async fn modify_project(client: &Client) -> CaseResult {
    let request = ProjectUpdateRequest::new().name("Support bot (production)").external_key_id("ekm_key_def456");
    let project = call("admin.projects.update", client.admin().projects().update(PROJECT, &request)).await?;
    check_project("admin.projects.update", &project)
}

async fn archive_project(client: &Client) -> CaseResult {
    let project = call("admin.projects.archive", client.admin().projects().archive(PROJECT)).await?;
    check_project("admin.projects.archive", &project)
}

// ---------------------------------------------------------------------------------------
//  Project API keys, model permissions and rate limits
// ---------------------------------------------------------------------------------------

fn check_project_api_key(method: &str, key: &ProjectApiKey) -> CaseResult {
    ensure_eq(method, "object", &key.object, "organization.project.api_key")?;
    ensure_id(method, "id", &key.id)?;
    ensure(method, !key.redacted_value.is_empty(), "an empty redacted value")
}

async fn list_project_api_keys(client: &Client) -> CaseResult {
    let keys = client.admin().projects().api_keys();
    let method = "admin.projects.api_keys.list";
    let params =
        ListProjectApiKeysParams::new().limit(20).owner_project_access(ListProjectApiKeysOwnerProjectAccess::Active);
    let list = call(method, keys.list(PROJECT, &params)).await?;
    page(method, &list.object, list.data.iter().map(|k| k.object.as_str()), "organization.project.api_key")?;
    let params = ListProjectApiKeysParams::new().limit(2).after("key_abc");
    let all = all_items(method, keys.list(PROJECT, &params).into_stream()).await?;
    all.iter().try_for_each(|key| check_project_api_key(method, key))
}

async fn retrieve_project_api_key(client: &Client) -> CaseResult {
    let method = "admin.projects.api_keys.retrieve";
    let key = call(method, client.admin().projects().api_keys().retrieve(PROJECT, "key_abc")).await?;
    check_project_api_key(method, &key)
}

async fn delete_project_api_key(client: &Client) -> CaseResult {
    let method = "admin.projects.api_keys.delete";
    let deleted = call(method, client.admin().projects().api_keys().delete(PROJECT, "key_abc")).await?;
    ensure_eq(method, "object", &deleted.object, "organization.project.api_key.deleted")?;
    ensure_id(method, "id", &deleted.id)
}

async fn retrieve_project_model_permissions(client: &Client) -> CaseResult {
    let method = "admin.projects.model_permissions.retrieve";
    let permissions = call(method, client.admin().projects().model_permissions().retrieve(PROJECT)).await?;
    ensure_eq(method, "object", &permissions.object, "project.model_permissions")
}

async fn update_project_model_permissions(client: &Client) -> CaseResult {
    let method = "admin.projects.model_permissions.update";
    let model_permissions = client.admin().projects().model_permissions();
    let allow = ProjectModelPermissionsUpdateRequest::new(
        ProjectModelPermissionsMode::AllowList,
        vec!["gpt-4.1".to_owned(), "gpt-4o-mini".to_owned(), "text-embedding-3-small".to_owned()],
    );
    let answer = call(method, model_permissions.update(PROJECT, &allow)).await?;
    ensure_eq(method, "object", &answer.object, "project.model_permissions")?;
    let deny = ProjectModelPermissionsUpdateRequest::new(ProjectModelPermissionsMode::DenyList, vec!["o3".to_owned()]);
    let answer =
        call("admin.projects.model_permissions.update (deny list)", model_permissions.update(PROJECT, &deny)).await?;
    ensure_eq(method, "object", &answer.object, "project.model_permissions")
}

async fn delete_project_model_permissions(client: &Client) -> CaseResult {
    let method = "admin.projects.model_permissions.delete";
    let deleted = call(method, client.admin().projects().model_permissions().delete(PROJECT)).await?;
    ensure_eq(method, "object", &deleted.object, "project.model_permissions.deleted")
}

async fn list_project_rate_limits(client: &Client) -> CaseResult {
    let rate_limits = client.admin().projects().rate_limits();
    let method = "admin.projects.rate_limits.list";
    let params = ListProjectRateLimitsParams::new().limit(50).before("rl-gpt-4o");
    let list = call(method, rate_limits.list(PROJECT, &params)).await?;
    page(method, &list.object, list.data.iter().map(|r| r.object.as_str()), "project.rate_limit")?;
    let params = ListProjectRateLimitsParams::new().limit(2).after("rl-ada");
    let all = all_items(method, rate_limits.list(PROJECT, &params).into_stream()).await?;
    all.iter().try_for_each(|limit| ensure_id(method, "id", &limit.id))
}

async fn update_project_rate_limits(client: &Client) -> CaseResult {
    let method = "admin.projects.rate_limits.update";
    let request = ProjectRateLimitUpdateRequest::new()
        .max_requests_per_1_minute(500)
        .max_tokens_per_1_minute(200_000)
        .max_images_per_1_minute(10)
        .max_audio_megabytes_per_1_minute(20)
        .max_requests_per_1_day(10_000)
        .batch_1_day_max_input_tokens(2_000_000);
    let limit = call(method, client.admin().projects().rate_limits().update(PROJECT, "rl-gpt-4o", &request)).await?;
    ensure_eq(method, "object", &limit.object, "project.rate_limit")?;
    ensure_id(method, "id", &limit.id)
}

// ---------------------------------------------------------------------------------------
//  Project service accounts
// ---------------------------------------------------------------------------------------

fn check_service_account(method: &str, account: &ProjectServiceAccount) -> CaseResult {
    ensure_eq(method, "object", &account.object, "organization.project.service_account")?;
    ensure_id(method, "id", &account.id)
}

async fn list_project_service_accounts(client: &Client) -> CaseResult {
    let accounts = client.admin().projects().service_accounts();
    let method = "admin.projects.service_accounts.list";
    let list = call(method, accounts.list(PROJECT, &ListProjectServiceAccountsParams::new().limit(20))).await?;
    page(method, &list.object, list.data.iter().map(|a| a.object.as_str()), "organization.project.service_account")?;
    let params = ListProjectServiceAccountsParams::new().limit(2).after(SERVICE_ACCOUNT);
    let all = all_items(method, accounts.list(PROJECT, &params).into_stream()).await?;
    all.iter().try_for_each(|account| check_service_account(method, account))
}

async fn create_project_service_account(client: &Client) -> CaseResult {
    let accounts = client.admin().projects().service_accounts();
    let method = "admin.projects.service_accounts.create";
    let with_key = ProjectServiceAccountCreateRequest::new("Deploy bot");
    let created = call(method, accounts.create(PROJECT, &with_key)).await?;
    ensure_eq(method, "object", &created.object, "organization.project.service_account")?;
    ensure_id(method, "id", &created.id)?;
    if let Some(key) = &created.api_key {
        ensure_eq(method, "object", &key.object, "organization.project.service_account.api_key")?;
        ensure(method, !key.value.is_empty(), "a new key without its secret value")?;
    }
    let bare = ProjectServiceAccountCreateRequest::new("Nightly exporter").create_service_account_only(true);
    let created = call("admin.projects.service_accounts.create (no key)", accounts.create(PROJECT, &bare)).await?;
    ensure_eq(method, "object", &created.object, "organization.project.service_account")
}

async fn retrieve_project_service_account(client: &Client) -> CaseResult {
    let method = "admin.projects.service_accounts.retrieve";
    let account = call(method, client.admin().projects().service_accounts().retrieve(PROJECT, SERVICE_ACCOUNT)).await?;
    check_service_account(method, &account)
}

async fn update_project_service_account(client: &Client) -> CaseResult {
    let method = "admin.projects.service_accounts.update";
    let request =
        UpdateProjectServiceAccountBody::new().name("Deploy bot (CI)").role(UpdateProjectServiceAccountBodyRole::Owner);
    let accounts = client.admin().projects().service_accounts();
    let account = call(method, accounts.update(PROJECT, SERVICE_ACCOUNT, &request)).await?;
    check_service_account(method, &account)
}

async fn delete_project_service_account(client: &Client) -> CaseResult {
    let method = "admin.projects.service_accounts.delete";
    let deleted = call(method, client.admin().projects().service_accounts().delete(PROJECT, SERVICE_ACCOUNT)).await?;
    ensure_eq(method, "object", &deleted.object, "organization.project.service_account.deleted")?;
    ensure_id(method, "id", &deleted.id)
}

async fn create_service_account_api_key(client: &Client) -> CaseResult {
    let keys = client.admin().projects().service_accounts().api_keys();
    let method = "admin.projects.service_accounts.api_keys.create";
    let request = CreateProjectServiceAccountApiKeyBody::new()
        .name("ci-deploy")
        .scopes(vec!["api.model.read".to_owned(), "api.responses.write".to_owned()]);
    let key = call(method, keys.create(PROJECT, SERVICE_ACCOUNT, &request)).await?;
    ensure_eq(method, "object", &key.object, "organization.project.service_account.api_key")?;
    ensure(method, !key.value.is_empty(), "a new key without its secret value")?;
    // Every field of the body is optional: an empty body asks for an unnamed, unrestricted key.
    let key = call(
        "admin.projects.service_accounts.api_keys.create (empty body)",
        keys.create(PROJECT, SERVICE_ACCOUNT, &CreateProjectServiceAccountApiKeyBody::new()),
    )
    .await?;
    ensure_id(method, "id", &key.id)
}

// ---------------------------------------------------------------------------------------
//  Project members and their project roles
// ---------------------------------------------------------------------------------------

fn check_project_user(method: &str, user: &ProjectUser) -> CaseResult {
    ensure_eq(method, "object", &user.object, "organization.project.user")?;
    ensure_id(method, "id", &user.id)
}

async fn list_project_users(client: &Client) -> CaseResult {
    let users = client.admin().projects().users();
    let method = "admin.projects.users.list";
    let list = call(method, users.list(PROJECT, &ListProjectUsersParams::new().limit(20))).await?;
    // The reference types this page's `object` as any string (not the `list` constant of the
    // other pages), so Steady answers random text there: only the items' kind is checked.
    list.data.iter().try_for_each(|user| check_project_user(method, user))?;
    let params = ListProjectUsersParams::new().limit(2).after(USER);
    let all = all_items(method, users.list(PROJECT, &params).into_stream()).await?;
    all.iter().try_for_each(|user| check_project_user(method, user))
}

async fn create_project_user(client: &Client) -> CaseResult {
    let users = client.admin().projects().users();
    let method = "admin.projects.users.create";
    let by_id = ProjectUserCreateRequest::new("member").user_id(USER);
    check_project_user(method, &call(method, users.create(PROJECT, &by_id)).await?)?;
    let by_email = ProjectUserCreateRequest::new("owner").email("ada@example.com");
    let method = "admin.projects.users.create (by email)";
    check_project_user(method, &call(method, users.create(PROJECT, &by_email)).await?)
}

async fn retrieve_project_user(client: &Client) -> CaseResult {
    let method = "admin.projects.users.retrieve";
    let user = call(method, client.admin().projects().users().retrieve(PROJECT, USER)).await?;
    check_project_user(method, &user)
}

async fn modify_project_user(client: &Client) -> CaseResult {
    let method = "admin.projects.users.update";
    let request = ProjectUserUpdateRequest::new().role("owner");
    let user = call(method, client.admin().projects().users().update(PROJECT, USER, &request)).await?;
    check_project_user(method, &user)
}

async fn delete_project_user(client: &Client) -> CaseResult {
    let method = "admin.projects.users.delete";
    let deleted = call(method, client.admin().projects().users().delete(PROJECT, USER)).await?;
    ensure_eq(method, "object", &deleted.object, "organization.project.user.deleted")?;
    ensure_id(method, "id", &deleted.id)
}

async fn list_project_user_roles(client: &Client) -> CaseResult {
    let roles = client.admin().projects().users().roles();
    let method = "admin.projects.users.roles.list";
    let params = ListProjectUserRoleAssignmentsParams::new().limit(10).order(SortOrder::Asc);
    check_role_assignments(method, &call(method, roles.list(PROJECT, USER, &params)).await?)?;
    let all = all_items(method, roles.list(PROJECT, USER, &params).into_stream()).await?;
    all.iter().try_for_each(|role| check_assigned_role(method, role))
}

async fn assign_project_user_role(client: &Client) -> CaseResult {
    let method = "admin.projects.users.roles.assign";
    let request = PublicAssignOrganizationGroupRoleBody::new(PROJECT_ROLE);
    let assignment = call(method, client.admin().projects().users().roles().assign(PROJECT, USER, &request)).await?;
    ensure_eq(method, "object", &assignment.object, "user.role")?;
    ensure_eq(method, "object", &assignment.user.object, "organization.user")?;
    check_role(method, &assignment.role)
}

async fn retrieve_project_user_role(client: &Client) -> CaseResult {
    let method = "admin.projects.users.roles.retrieve";
    let role = call(method, client.admin().projects().users().roles().retrieve(PROJECT, USER, PROJECT_ROLE)).await?;
    check_assigned_role(method, &role)
}

async fn unassign_project_user_role(client: &Client) -> CaseResult {
    let method = "admin.projects.users.roles.unassign";
    let deleted = call(method, client.admin().projects().users().roles().unassign(PROJECT, USER, PROJECT_ROLE)).await?;
    ensure(method, !deleted.object.is_empty(), "an answer without its `object`")
}

// ---------------------------------------------------------------------------------------
//  Project roles
// ---------------------------------------------------------------------------------------

async fn list_project_roles(client: &Client) -> CaseResult {
    let roles = client.admin().projects().roles();
    let method = "admin.projects.roles.list";
    let params = ListProjectRolesParams::new().limit(20).order(SortOrder::Desc);
    let list = call(method, roles.list(PROJECT, &params)).await?;
    page(method, &list.object, list.data.iter().map(|r| r.object.as_str()), "role")?;
    let all = all_items(method, roles.list(PROJECT, &params).into_stream()).await?;
    all.iter().try_for_each(|role| check_role(method, role))
}

async fn create_project_role(client: &Client) -> CaseResult {
    let method = "admin.projects.roles.create";
    let request = PublicCreateOrganizationRoleBody::new("Project Group Manager", group_permissions())
        .description("Manages the groups of this project");
    check_role(method, &call(method, client.admin().projects().roles().create(PROJECT, &request)).await?)
}

async fn retrieve_project_role(client: &Client) -> CaseResult {
    let method = "admin.projects.roles.retrieve";
    check_role(method, &call(method, client.admin().projects().roles().retrieve(PROJECT, PROJECT_ROLE)).await?)
}

async fn update_project_role(client: &Client) -> CaseResult {
    let roles = client.admin().projects().roles();
    let method = "admin.projects.roles.update";
    let request = PublicUpdateOrganizationRoleBody::new()
        .role_name("Project Group Admin")
        .permissions(group_permissions())
        .description("Manages and audits the groups of this project");
    check_role(method, &call(method, roles.update(PROJECT, PROJECT_ROLE, &request)).await?)?;
    // Only the fields sent change.
    let rename = PublicUpdateOrganizationRoleBody::new().description("Read-only group access");
    let method = "admin.projects.roles.update (description only)";
    check_role(method, &call(method, roles.update(PROJECT, PROJECT_ROLE, &rename)).await?)
}

async fn delete_project_role(client: &Client) -> CaseResult {
    let method = "admin.projects.roles.delete";
    let deleted = call(method, client.admin().projects().roles().delete(PROJECT, PROJECT_ROLE)).await?;
    ensure_eq(method, "object", &deleted.object, "role.deleted")?;
    ensure_id(method, "id", &deleted.id)
}

// ---------------------------------------------------------------------------------------
//  Project groups and their project roles
// ---------------------------------------------------------------------------------------

fn check_project_group(method: &str, group: &ProjectGroup) -> CaseResult {
    ensure_eq(method, "object", &group.object, "project.group")?;
    ensure_id(method, "id", &group.group_id)?;
    ensure_id(method, "id", &group.project_id)
}

async fn list_project_groups(client: &Client) -> CaseResult {
    let groups = client.admin().projects().groups();
    let method = "admin.projects.groups.list";
    let params = ListProjectGroupsParams::new().limit(20).order(SortOrder::Asc);
    let list = call(method, groups.list(PROJECT, &params)).await?;
    page(method, &list.object, list.data.iter().map(|g| g.object.as_str()), "project.group")?;
    let all = all_items(method, groups.list(PROJECT, &params).into_stream()).await?;
    all.iter().try_for_each(|group| check_project_group(method, group))
}

async fn add_project_group(client: &Client) -> CaseResult {
    let method = "admin.projects.groups.add";
    let request = InviteProjectGroupBody::new(GROUP, PROJECT_ROLE);
    check_project_group(method, &call(method, client.admin().projects().groups().add(PROJECT, &request)).await?)
}

async fn retrieve_project_group(client: &Client) -> CaseResult {
    let groups = client.admin().projects().groups();
    let method = "admin.projects.groups.retrieve";
    let params = RetrieveProjectGroupParams::new().group_type(GroupType::Group);
    check_project_group(method, &call(method, groups.retrieve(PROJECT, GROUP, &params)).await?)?;
    let method = "admin.projects.groups.retrieve (no group type)";
    let plain = RetrieveProjectGroupParams::new();
    check_project_group(method, &call(method, groups.retrieve(PROJECT, GROUP, &plain)).await?)
}

async fn remove_project_group(client: &Client) -> CaseResult {
    let method = "admin.projects.groups.remove";
    let deleted = call(method, client.admin().projects().groups().remove(PROJECT, GROUP)).await?;
    ensure_eq(method, "object", &deleted.object, "project.group.deleted")
}

async fn list_project_group_roles(client: &Client) -> CaseResult {
    let roles = client.admin().projects().groups().roles();
    let method = "admin.projects.groups.roles.list";
    let params = ListProjectGroupRoleAssignmentsParams::new().limit(10).order(SortOrder::Desc);
    check_role_assignments(method, &call(method, roles.list(PROJECT, GROUP, &params)).await?)?;
    let all = all_items(method, roles.list(PROJECT, GROUP, &params).into_stream()).await?;
    all.iter().try_for_each(|role| check_assigned_role(method, role))
}

async fn assign_project_group_role(client: &Client) -> CaseResult {
    let method = "admin.projects.groups.roles.assign";
    let request = PublicAssignOrganizationGroupRoleBody::new(PROJECT_ROLE);
    let assignment = call(method, client.admin().projects().groups().roles().assign(PROJECT, GROUP, &request)).await?;
    ensure_eq(method, "object", &assignment.object, "group.role")?;
    ensure_id(method, "id", &assignment.group.id)?;
    check_role(method, &assignment.role)
}

async fn retrieve_project_group_role(client: &Client) -> CaseResult {
    let method = "admin.projects.groups.roles.retrieve";
    let roles = client.admin().projects().groups().roles();
    check_assigned_role(method, &call(method, roles.retrieve(PROJECT, GROUP, PROJECT_ROLE)).await?)
}

async fn unassign_project_group_role(client: &Client) -> CaseResult {
    let method = "admin.projects.groups.roles.unassign";
    let roles = client.admin().projects().groups().roles();
    let deleted = call(method, roles.unassign(PROJECT, GROUP, PROJECT_ROLE)).await?;
    ensure(method, !deleted.object.is_empty(), "an answer without its `object`")
}

// ---------------------------------------------------------------------------------------
//  Project certificates
// ---------------------------------------------------------------------------------------

fn check_project_certificates<'a>(
    method: &str,
    certificates: impl IntoIterator<Item = &'a OrganizationProjectCertificate>,
) -> CaseResult {
    certificates.into_iter().try_for_each(|certificate| {
        ensure_eq(method, "object", &certificate.object, "organization.project.certificate")?;
        ensure_id(method, "id", &certificate.id)
    })
}

async fn list_project_certificates(client: &Client) -> CaseResult {
    let certificates = client.admin().projects().certificates();
    let method = "admin.projects.certificates.list";
    let params = ListProjectCertificatesParams::new().limit(10).order(SortOrder::Desc);
    let list = call(method, certificates.list(PROJECT, &params)).await?;
    ensure_eq(method, "object", &list.object, "list")?;
    check_project_certificates(method, &list.data)?;
    let params = ListProjectCertificatesParams::new().limit(2).after(CERTIFICATE);
    let all = all_items(method, certificates.list(PROJECT, &params).into_stream()).await?;
    check_project_certificates(method, &all)
}

async fn activate_project_certificates(client: &Client) -> CaseResult {
    let method = "admin.projects.certificates.activate";
    let request = ToggleCertificatesRequest::new(vec![CERTIFICATE.to_owned(), "cert_def456".to_owned()]);
    let answer = call(method, client.admin().projects().certificates().activate(PROJECT, &request)).await?;
    ensure_eq(method, "object", &answer.object, "organization.project.certificate.activation")?;
    check_project_certificates(method, &answer.data)
}

async fn deactivate_project_certificates(client: &Client) -> CaseResult {
    let method = "admin.projects.certificates.deactivate";
    let request = ToggleCertificatesRequest::new(vec![CERTIFICATE.to_owned()]);
    let answer = call(method, client.admin().projects().certificates().deactivate(PROJECT, &request)).await?;
    ensure_eq(method, "object", &answer.object, "organization.project.certificate.deactivation")?;
    check_project_certificates(method, &answer.data)
}

// ---------------------------------------------------------------------------------------
//  Users and their organization roles
// ---------------------------------------------------------------------------------------

fn check_user(method: &str, user: &User) -> CaseResult {
    ensure_eq(method, "object", &user.object, "organization.user")?;
    ensure_id(method, "id", &user.id)
}

async fn list_users(client: &Client) -> CaseResult {
    let users = client.admin().users();
    let method = "admin.users.list";
    let params =
        ListUsersParams::new().limit(20).emails(vec!["ada@example.com".to_owned(), "grace@example.com".to_owned()]);
    let list = call(method, users.list(&params)).await?;
    page(method, &list.object, list.data.iter().map(|u| u.object.as_str()), "organization.user")?;
    let params = ListUsersParams::new().limit(2).after(USER);
    let all = all_items(method, users.list(&params).into_stream()).await?;
    all.iter().try_for_each(|user| check_user(method, user))
}

async fn retrieve_user(client: &Client) -> CaseResult {
    let method = "admin.users.retrieve";
    check_user(method, &call(method, client.admin().users().retrieve(USER)).await?)
}

async fn modify_user(client: &Client) -> CaseResult {
    let users = client.admin().users();
    let method = "admin.users.update";
    let by_name = UserRoleUpdateRequest::new().role("reader").technical_level("expert").developer_persona("backend");
    check_user(method, &call(method, users.update(USER, &by_name)).await?)?;
    let method = "admin.users.update (role id)";
    let by_id = UserRoleUpdateRequest::new().role_id(ORG_ROLE);
    check_user(method, &call(method, users.update(USER, &by_id)).await?)
}

async fn delete_user(client: &Client) -> CaseResult {
    let method = "admin.users.delete";
    let deleted = call(method, client.admin().users().delete(USER)).await?;
    ensure_eq(method, "object", &deleted.object, "organization.user.deleted")?;
    ensure_id(method, "id", &deleted.id)
}

async fn list_user_roles(client: &Client) -> CaseResult {
    let roles = client.admin().users().roles();
    let method = "admin.users.roles.list";
    let params = ListUserRoleAssignmentsParams::new().limit(10).order(SortOrder::Asc);
    check_role_assignments(method, &call(method, roles.list(USER, &params)).await?)?;
    let all = all_items(method, roles.list(USER, &params).into_stream()).await?;
    all.iter().try_for_each(|role| check_assigned_role(method, role))
}

async fn assign_user_role(client: &Client) -> CaseResult {
    let method = "admin.users.roles.assign";
    let request = PublicAssignOrganizationGroupRoleBody::new(ORG_ROLE);
    let assignment = call(method, client.admin().users().roles().assign(USER, &request)).await?;
    ensure_eq(method, "object", &assignment.object, "user.role")?;
    check_user(method, &assignment.user)?;
    check_role(method, &assignment.role)
}

async fn retrieve_user_role(client: &Client) -> CaseResult {
    let method = "admin.users.roles.retrieve";
    check_assigned_role(method, &call(method, client.admin().users().roles().retrieve(USER, ORG_ROLE)).await?)
}

async fn unassign_user_role(client: &Client) -> CaseResult {
    let method = "admin.users.roles.unassign";
    let deleted = call(method, client.admin().users().roles().unassign(USER, ORG_ROLE)).await?;
    ensure(method, !deleted.object.is_empty(), "an answer without its `object`")
}

// ---------------------------------------------------------------------------------------
//  Invites
// ---------------------------------------------------------------------------------------

fn check_invite(method: &str, invite: &Invite) -> CaseResult {
    ensure_eq(method, "object", &invite.object, "organization.invite")?;
    ensure_id(method, "id", &invite.id)?;
    ensure(method, !invite.email.is_empty(), "an invite without an email address")
}

async fn list_invites(client: &Client) -> CaseResult {
    let invites = client.admin().invites();
    let method = "admin.invites.list";
    let list = call(method, invites.list(&ListInvitesParams::new().limit(20))).await?;
    page(method, &list.object, list.data.iter().map(|i| i.object.as_str()), "organization.invite")?;
    let params = ListInvitesParams::new().limit(2).after("invite-abc");
    let all = all_items(method, invites.list(&params).into_stream()).await?;
    all.iter().try_for_each(|invite| check_invite(method, invite))
}

async fn invite_user(client: &Client) -> CaseResult {
    let invites = client.admin().invites();
    let method = "admin.invites.create";
    let request = InviteRequest::new("grace@example.com", InviteRole::Reader).projects(vec![
        InviteProject::new(PROJECT, InviteProjectRole::Member),
        InviteProject::new("proj_def456", InviteProjectRole::Owner),
    ]);
    check_invite(method, &call(method, invites.create(&request)).await?)?;
    // An empty project list invites to no project at all, not even the default one.
    let method = "admin.invites.create (no project)";
    let request = InviteRequest::new("ada@example.com", InviteRole::Owner).projects(Vec::new());
    check_invite(method, &call(method, invites.create(&request)).await?)
}

async fn retrieve_invite(client: &Client) -> CaseResult {
    let method = "admin.invites.retrieve";
    check_invite(method, &call(method, client.admin().invites().retrieve("invite-abc")).await?)
}

async fn delete_invite(client: &Client) -> CaseResult {
    let method = "admin.invites.delete";
    let deleted = call(method, client.admin().invites().delete("invite-abc")).await?;
    ensure_eq(method, "object", &deleted.object, "organization.invite.deleted")?;
    ensure_id(method, "id", &deleted.id)
}

// ---------------------------------------------------------------------------------------
//  Groups, their members and their organization roles
// ---------------------------------------------------------------------------------------

fn check_group(method: &str, group: &GroupResponse) -> CaseResult {
    ensure_id(method, "id", &group.id)?;
    ensure(method, !group.name.is_empty(), "a group without a name")
}

async fn list_groups(client: &Client) -> CaseResult {
    let groups = client.admin().groups();
    let method = "admin.groups.list";
    let params = ListGroupsParams::new().limit(20).order(SortOrder::Desc);
    let list = call(method, groups.list(&params)).await?;
    ensure_eq(method, "object", &list.object, "list")?;
    list.data.iter().try_for_each(|group| check_group(method, group))?;
    let params = ListGroupsParams::new().limit(2).after(GROUP);
    let all = all_items(method, groups.list(&params).into_stream()).await?;
    all.iter().try_for_each(|group| check_group(method, group))
}

async fn create_group(client: &Client) -> CaseResult {
    let method = "admin.groups.create";
    check_group(method, &call(method, client.admin().groups().create(&CreateGroupBody::new("Support Team"))).await?)
}

async fn retrieve_group(client: &Client) -> CaseResult {
    let method = "admin.groups.retrieve";
    check_group(method, &call(method, client.admin().groups().retrieve(GROUP)).await?)
}

async fn update_group(client: &Client) -> CaseResult {
    let method = "admin.groups.update";
    let request = UpdateGroupBody::new("Escalations");
    let group = call(method, client.admin().groups().update(GROUP, &request)).await?;
    ensure_id(method, "id", &group.id)
}

async fn delete_group(client: &Client) -> CaseResult {
    let method = "admin.groups.delete";
    let deleted = call(method, client.admin().groups().delete(GROUP)).await?;
    ensure_eq(method, "object", &deleted.object, "group.deleted")?;
    ensure_id(method, "id", &deleted.id)
}

async fn list_group_users(client: &Client) -> CaseResult {
    let users = client.admin().groups().users();
    let method = "admin.groups.users.list";
    let params = ListGroupUsersParams::new().limit(20).order(SortOrder::Asc);
    let list = call(method, users.list(GROUP, &params)).await?;
    ensure_eq(method, "object", &list.object, "list")?;
    list.data.iter().try_for_each(|user| ensure_id(method, "id", &user.id))?;
    let params = ListGroupUsersParams::new().limit(2).after(USER);
    let all = all_items(method, users.list(GROUP, &params).into_stream()).await?;
    all.iter().try_for_each(|user| ensure_id(method, "id", &user.id))
}

async fn add_group_user(client: &Client) -> CaseResult {
    let method = "admin.groups.users.add";
    let assignment = call(method, client.admin().groups().users().add(GROUP, &CreateGroupUserBody::new(USER))).await?;
    ensure_eq(method, "object", &assignment.object, "group.user")?;
    ensure_id(method, "id", &assignment.user_id)?;
    ensure_id(method, "id", &assignment.group_id)
}

async fn retrieve_group_user(client: &Client) -> CaseResult {
    let method = "admin.groups.users.retrieve";
    let user = call(method, client.admin().groups().users().retrieve(GROUP, USER)).await?;
    ensure_id(method, "id", &user.id)
}

async fn remove_group_user(client: &Client) -> CaseResult {
    let method = "admin.groups.users.remove";
    let deleted = call(method, client.admin().groups().users().remove(GROUP, USER)).await?;
    ensure_eq(method, "object", &deleted.object, "group.user.deleted")
}

async fn list_group_roles(client: &Client) -> CaseResult {
    let roles = client.admin().groups().roles();
    let method = "admin.groups.roles.list";
    let params = ListGroupRoleAssignmentsParams::new().limit(10).order(SortOrder::Desc);
    check_role_assignments(method, &call(method, roles.list(GROUP, &params)).await?)?;
    let all = all_items(method, roles.list(GROUP, &params).into_stream()).await?;
    all.iter().try_for_each(|role| check_assigned_role(method, role))
}

async fn assign_group_role(client: &Client) -> CaseResult {
    let method = "admin.groups.roles.assign";
    let request = PublicAssignOrganizationGroupRoleBody::new(ORG_ROLE);
    let assignment = call(method, client.admin().groups().roles().assign(GROUP, &request)).await?;
    ensure_eq(method, "object", &assignment.object, "group.role")?;
    ensure_id(method, "id", &assignment.group.id)?;
    check_role(method, &assignment.role)
}

async fn retrieve_group_role(client: &Client) -> CaseResult {
    let method = "admin.groups.roles.retrieve";
    check_assigned_role(method, &call(method, client.admin().groups().roles().retrieve(GROUP, ORG_ROLE)).await?)
}

async fn unassign_group_role(client: &Client) -> CaseResult {
    let method = "admin.groups.roles.unassign";
    let deleted = call(method, client.admin().groups().roles().unassign(GROUP, ORG_ROLE)).await?;
    ensure(method, !deleted.object.is_empty(), "an answer without its `object`")
}

// ---------------------------------------------------------------------------------------
//  Organization roles
// ---------------------------------------------------------------------------------------

async fn list_roles(client: &Client) -> CaseResult {
    let roles = client.admin().roles();
    let method = "admin.roles.list";
    let params = ListRolesParams::new().limit(20).order(SortOrder::Asc);
    let list = call(method, roles.list(&params)).await?;
    page(method, &list.object, list.data.iter().map(|r| r.object.as_str()), "role")?;
    let all = all_items(method, roles.list(&params).into_stream()).await?;
    all.iter().try_for_each(|role| check_role(method, role))
}

async fn create_role(client: &Client) -> CaseResult {
    let method = "admin.roles.create";
    let request = PublicCreateOrganizationRoleBody::new("API Group Manager", group_permissions())
        .description("Allows managing organization groups");
    check_role(method, &call(method, client.admin().roles().create(&request)).await?)
}

async fn retrieve_role(client: &Client) -> CaseResult {
    let method = "admin.roles.retrieve";
    check_role(method, &call(method, client.admin().roles().retrieve(ORG_ROLE)).await?)
}

async fn update_role(client: &Client) -> CaseResult {
    let method = "admin.roles.update";
    let request = PublicUpdateOrganizationRoleBody::new()
        .role_name("API Group Admin")
        .permissions(vec!["api.groups.read".to_owned()])
        .description("Reads organization groups");
    check_role(method, &call(method, client.admin().roles().update(ORG_ROLE, &request)).await?)
}

async fn delete_role(client: &Client) -> CaseResult {
    let method = "admin.roles.delete";
    let deleted = call(method, client.admin().roles().delete(ORG_ROLE)).await?;
    ensure_eq(method, "object", &deleted.object, "role.deleted")?;
    ensure_id(method, "id", &deleted.id)
}

// ---------------------------------------------------------------------------------------
//  Organization certificates
// ---------------------------------------------------------------------------------------

fn check_org_certificates<'a>(
    method: &str,
    certificates: impl IntoIterator<Item = &'a OrganizationCertificate>,
) -> CaseResult {
    certificates.into_iter().try_for_each(|certificate| {
        ensure_eq(method, "object", &certificate.object, "organization.certificate")?;
        ensure_id(method, "id", &certificate.id)
    })
}

fn check_certificate(method: &str, certificate: &Certificate) -> CaseResult {
    ensure(method, !matches!(certificate.object, CertificateObject::Other(_)), "an unknown certificate kind")?;
    ensure_id(method, "id", &certificate.id)
}

async fn list_certificates(client: &Client) -> CaseResult {
    let certificates = client.admin().certificates();
    let method = "admin.certificates.list";
    let params = ListOrganizationCertificatesParams::new().limit(10).order(SortOrder::Asc);
    let list = call(method, certificates.list(&params)).await?;
    ensure_eq(method, "object", &list.object, "list")?;
    check_org_certificates(method, &list.data)?;
    let params = ListOrganizationCertificatesParams::new().limit(2).after(CERTIFICATE);
    let all = all_items(method, certificates.list(&params).into_stream()).await?;
    check_org_certificates(method, &all)
}

async fn upload_certificate(client: &Client) -> CaseResult {
    let certificates = client.admin().certificates();
    let method = "admin.certificates.create";
    let request = UploadCertificateRequest::new(PEM).name("mTLS client (2025)");
    check_certificate(method, &call(method, certificates.create(&request)).await?)?;
    let method = "admin.certificates.create (unnamed)";
    check_certificate(method, &call(method, certificates.create(&UploadCertificateRequest::new(PEM))).await?)
}

async fn activate_certificates(client: &Client) -> CaseResult {
    let method = "admin.certificates.activate";
    let request = ToggleCertificatesRequest::new(vec![CERTIFICATE.to_owned(), "cert_def456".to_owned()]);
    let answer = call(method, client.admin().certificates().activate(&request)).await?;
    ensure_eq(method, "object", &answer.object, "organization.certificate.activation")?;
    check_org_certificates(method, &answer.data)
}

async fn deactivate_certificates(client: &Client) -> CaseResult {
    let method = "admin.certificates.deactivate";
    let request = ToggleCertificatesRequest::new(vec!["cert_def456".to_owned()]);
    let answer = call(method, client.admin().certificates().deactivate(&request)).await?;
    ensure_eq(method, "object", &answer.object, "organization.certificate.deactivation")?;
    check_org_certificates(method, &answer.data)
}

async fn get_certificate(client: &Client) -> CaseResult {
    let certificates = client.admin().certificates();
    let method = "admin.certificates.retrieve";
    let params = GetCertificateParams::new().include(vec![GetCertificateIncludeItem::Content]);
    check_certificate(method, &call(method, certificates.retrieve(CERTIFICATE, &params)).await?)?;
    let method = "admin.certificates.retrieve (without content)";
    check_certificate(method, &call(method, certificates.retrieve(CERTIFICATE, &GetCertificateParams::new())).await?)
}

async fn modify_certificate(client: &Client) -> CaseResult {
    let method = "admin.certificates.update";
    let request = ModifyCertificateRequest::new().name("mTLS client (renewed)");
    check_certificate(method, &call(method, client.admin().certificates().update(CERTIFICATE, &request)).await?)
}

async fn delete_certificate(client: &Client) -> CaseResult {
    let method = "admin.certificates.delete";
    let deleted = call(method, client.admin().certificates().delete(CERTIFICATE)).await?;
    ensure_eq(method, "object", &deleted.object, "certificate.deleted")?;
    ensure_id(method, "id", &deleted.id)
}
