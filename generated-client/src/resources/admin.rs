// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.admin()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec, Style};
use crate::types::{
    AdminApiKey, AdminApiKeyCreateResponse, AdminApiKeysListParams, ApiKeyList,
    AssignedRoleDetails, Certificate, CreateAdminApiKeyRequest, CreateGroupBody,
    CreateGroupUserBody, CreateProjectServiceAccountApiKeyBody, CreateSpendAlertBody,
    DeleteAdminApiKeyResponse, DeleteCertificateResponse, DeletedRoleAssignmentResource,
    GetCertificateParams, GroupDeletedResource, GroupListResource, GroupMemberUser,
    GroupResourceWithSuccess, GroupResponse, GroupRoleAssignment, GroupUserAssignment,
    GroupUserDeletedResource, Invite, InviteDeleteResponse, InviteListResponse,
    InviteProjectGroupBody, InviteRequest, ListAuditLogsParams, ListAuditLogsResponse,
    ListCertificatesResponse, ListGroupRoleAssignmentsParams, ListGroupUsersParams,
    ListGroupsParams, ListInvitesParams, ListOrganizationCertificatesParams,
    ListOrganizationSpendAlertsParams, ListProjectApiKeysParams,
    ListProjectCertificatesParams, ListProjectCertificatesResponse,
    ListProjectGroupRoleAssignmentsParams, ListProjectGroupsParams,
    ListProjectRateLimitsParams, ListProjectRolesParams,
    ListProjectServiceAccountsParams, ListProjectSpendAlertsParams,
    ListProjectUserRoleAssignmentsParams, ListProjectUsersParams, ListProjectsParams,
    ListRolesParams, ListUserRoleAssignmentsParams, ListUsersParams,
    ModifyCertificateRequest, OrganizationCertificateActivationResponse,
    OrganizationCertificateDeactivationResponse, OrganizationDataRetention,
    OrganizationProjectCertificateActivationResponse,
    OrganizationProjectCertificateDeactivationResponse, OrganizationSpendAlert,
    OrganizationSpendAlertDeletedResource, OrganizationSpendAlertListResource,
    OrganizationSpendLimitDeletedResource, OrganizationSpendLimitResource, Project,
    ProjectApiKey, ProjectApiKeyDeleteResponse, ProjectApiKeyListResponse,
    ProjectCreateRequest, ProjectDataRetention, ProjectGroup,
    ProjectGroupDeletedResource, ProjectGroupListResource, ProjectHostedToolPermissions,
    ProjectHostedToolPermissionsUpdateRequest, ProjectListResponse,
    ProjectModelPermissions, ProjectModelPermissionsDeleteResponse,
    ProjectModelPermissionsUpdateRequest, ProjectRateLimit, ProjectRateLimitListResponse,
    ProjectRateLimitUpdateRequest, ProjectServiceAccount,
    ProjectServiceAccountCreateRequest, ProjectServiceAccountCreateResponse,
    ProjectServiceAccountDeleteResponse, ProjectServiceAccountListResponse,
    ProjectSpendAlert, ProjectSpendAlertDeletedResource, ProjectSpendAlertListResource,
    ProjectSpendLimitDeletedResource, ProjectSpendLimitResource, ProjectUpdateRequest,
    ProjectUser, ProjectUserCreateRequest, ProjectUserDeleteResponse,
    ProjectUserListResponse, ProjectUserUpdateRequest,
    PublicAssignOrganizationGroupRoleBody, PublicCreateOrganizationRoleBody,
    PublicRoleListResource, PublicUpdateOrganizationRoleBody, RetrieveProjectGroupParams,
    Role, RoleDeletedResource, RoleListResource, ServiceAccountApiKeyBody,
    ToggleCertificatesRequest, UpdateGroupBody, UpdateOrganizationDataRetentionBody,
    UpdateOrganizationSpendLimitBody, UpdateProjectDataRetentionBody,
    UpdateProjectServiceAccountBody, UpdateProjectSpendLimitBody,
    UploadCertificateRequest, UsageAudioSpeechesParams, UsageAudioTranscriptionsParams,
    UsageCodeInterpreterSessionsParams, UsageCompletionsParams, UsageCostsParams,
    UsageEmbeddingsParams, UsageFileSearchCallsParams, UsageImagesParams,
    UsageModerationsParams, UsageResponse, UsageVectorStoresParams,
    UsageWebSearchCallsParams, User, UserDeleteResponse, UserListResource,
    UserListResponse, UserRoleAssignment, UserRoleUpdateRequest,
};

/// The `admin` resource.
#[derive(Debug, Clone, Copy)]
pub struct Admin<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Admin<'c> {
    /// The `admin.projects` sub-resource.
    pub fn projects(&self) -> AdminProjects<'c> {
        AdminProjects {
            client: self.client,
        }
    }

    /// The `admin.users` sub-resource.
    pub fn users(&self) -> AdminUsers<'c> {
        AdminUsers { client: self.client }
    }

    /// The `admin.invites` sub-resource.
    pub fn invites(&self) -> AdminInvites<'c> {
        AdminInvites {
            client: self.client,
        }
    }

    /// The `admin.groups` sub-resource.
    pub fn groups(&self) -> AdminGroups<'c> {
        AdminGroups { client: self.client }
    }

    /// The `admin.roles` sub-resource.
    pub fn roles(&self) -> AdminRoles<'c> {
        AdminRoles { client: self.client }
    }

    /// The `admin.certificates` sub-resource.
    pub fn certificates(&self) -> AdminCertificates<'c> {
        AdminCertificates {
            client: self.client,
        }
    }

    /// The `admin.api_keys` sub-resource.
    pub fn api_keys(&self) -> AdminApiKeys<'c> {
        AdminApiKeys {
            client: self.client,
        }
    }

    /// The `admin.audit_logs` sub-resource.
    pub fn audit_logs(&self) -> AdminAuditLogs<'c> {
        AdminAuditLogs {
            client: self.client,
        }
    }

    /// The `admin.usage` sub-resource.
    pub fn usage(&self) -> AdminUsage<'c> {
        AdminUsage { client: self.client }
    }

    /// The `admin.spend_limit` sub-resource.
    pub fn spend_limit(&self) -> AdminSpendLimit<'c> {
        AdminSpendLimit {
            client: self.client,
        }
    }

    /// The `admin.spend_alerts` sub-resource.
    pub fn spend_alerts(&self) -> AdminSpendAlerts<'c> {
        AdminSpendAlerts {
            client: self.client,
        }
    }

    /// The `admin.data_retention` sub-resource.
    pub fn data_retention(&self) -> AdminDataRetention<'c> {
        AdminDataRetention {
            client: self.client,
        }
    }
}

/// The `admin.projects` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjects<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjects<'c> {
    /// The `admin.projects.api_keys` sub-resource.
    pub fn api_keys(&self) -> AdminProjectsApiKeys<'c> {
        AdminProjectsApiKeys {
            client: self.client,
        }
    }

    /// The `admin.projects.model_permissions` sub-resource.
    pub fn model_permissions(&self) -> AdminProjectsModelPermissions<'c> {
        AdminProjectsModelPermissions {
            client: self.client,
        }
    }

    /// The `admin.projects.rate_limits` sub-resource.
    pub fn rate_limits(&self) -> AdminProjectsRateLimits<'c> {
        AdminProjectsRateLimits {
            client: self.client,
        }
    }

    /// The `admin.projects.service_accounts` sub-resource.
    pub fn service_accounts(&self) -> AdminProjectsServiceAccounts<'c> {
        AdminProjectsServiceAccounts {
            client: self.client,
        }
    }

    /// The `admin.projects.users` sub-resource.
    pub fn users(&self) -> AdminProjectsUsers<'c> {
        AdminProjectsUsers {
            client: self.client,
        }
    }

    /// The `admin.projects.roles` sub-resource.
    pub fn roles(&self) -> AdminProjectsRoles<'c> {
        AdminProjectsRoles {
            client: self.client,
        }
    }

    /// The `admin.projects.groups` sub-resource.
    pub fn groups(&self) -> AdminProjectsGroups<'c> {
        AdminProjectsGroups {
            client: self.client,
        }
    }

    /// The `admin.projects.certificates` sub-resource.
    pub fn certificates(&self) -> AdminProjectsCertificates<'c> {
        AdminProjectsCertificates {
            client: self.client,
        }
    }

    /// The `admin.projects.spend_limit` sub-resource.
    pub fn spend_limit(&self) -> AdminProjectsSpendLimit<'c> {
        AdminProjectsSpendLimit {
            client: self.client,
        }
    }

    /// The `admin.projects.spend_alerts` sub-resource.
    pub fn spend_alerts(&self) -> AdminProjectsSpendAlerts<'c> {
        AdminProjectsSpendAlerts {
            client: self.client,
        }
    }

    /// The `admin.projects.data_retention` sub-resource.
    pub fn data_retention(&self) -> AdminProjectsDataRetention<'c> {
        AdminProjectsDataRetention {
            client: self.client,
        }
    }

    /// The `admin.projects.hosted_tool_permissions` sub-resource.
    pub fn hosted_tool_permissions(&self) -> AdminProjectsHostedToolPermissions<'c> {
        AdminProjectsHostedToolPermissions {
            client: self.client,
        }
    }

    /// List projects
    ///
    /// Pages through the projects of the organization. Archived projects are
    /// left out unless `include_archived` is set. Needs an admin API key.
    ///
    /// `GET /organization/projects`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListProjectsParams) -> Call<Json<ProjectListResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/projects".to_owned(),
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("include_archived", params.include_archived.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a project
    ///
    /// Adds a project to the organization. Projects cannot be deleted later,
    /// only archived. Needs an admin API key.
    ///
    /// `POST /organization/projects`
    #[inline]
    pub fn create(&self, request: &ProjectCreateRequest) -> Call<Json<Project>> {
        let spec = RequestSpec::new(Method::POST, "/organization/projects".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a project
    ///
    /// Returns one project of the organization by id.
    ///
    /// `GET /organization/projects/{project_id}`
    #[inline]
    pub fn retrieve(&self, project_id: &str) -> Call<Json<Project>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}",
            &[("project_id", &project_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update a project
    ///
    /// Renames a project or changes its external key. The organization's
    /// default project cannot be changed this way (the API answers 400).
    ///
    /// `POST /organization/projects/{project_id}`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        request: &ProjectUpdateRequest,
    ) -> Call<Json<Project>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Archive a project
    ///
    /// Moves a project to the `archived` status. An archived project can no
    /// longer serve requests nor be modified; archiving cannot be undone.
    ///
    /// `POST /organization/projects/{project_id}/archive`
    #[inline]
    pub fn archive(&self, project_id: &str) -> Call<Json<Project>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/organization/projects/{project_id}/archive",
            &[("project_id", &project_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.api_keys` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsApiKeys<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsApiKeys<'c> {
    /// List a project's API keys
    ///
    /// Pages through the API keys (users' and service accounts') that belong
    /// to a project. Secret values are shown redacted.
    ///
    /// `GET /organization/projects/{project_id}/api_keys`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &ListProjectApiKeysParams,
    ) -> Call<Json<ProjectApiKeyListResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/api_keys",
            &[("project_id", &project_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query()
            .push_opt("owner_project_access", params.owner_project_access.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Retrieve a project API key
    ///
    /// Returns one API key of a project, with its owner and a redacted value.
    ///
    /// `GET /organization/projects/{project_id}/api_keys/{api_key_id}`
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        api_key_id: &str,
    ) -> Call<Json<ProjectApiKey>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/api_keys/{api_key_id}",
            &[("project_id", &project_id), ("api_key_id", &api_key_id)],
        );
        Call::new(self.client, spec)
    }

    /// Delete a project API key
    ///
    /// Revokes an API key of a project. Keys owned by a service account are
    /// refused (400); delete the service account instead.
    ///
    /// `DELETE /organization/projects/{project_id}/api_keys/{api_key_id}`
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        api_key_id: &str,
    ) -> Call<Json<ProjectApiKeyDeleteResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/projects/{project_id}/api_keys/{api_key_id}",
            &[("project_id", &project_id), ("api_key_id", &api_key_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.model_permissions` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsModelPermissions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsModelPermissions<'c> {
    /// Retrieve a project's model permissions
    ///
    /// Returns the allow list or deny list of models that applies to a project.
    ///
    /// `GET /organization/projects/{project_id}/model_permissions`
    #[inline]
    pub fn retrieve(&self, project_id: &str) -> Call<Json<ProjectModelPermissions>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/model_permissions",
            &[("project_id", &project_id)],
        );
        Call::new(self.client, spec)
    }

    /// Set a project's model permissions
    ///
    /// Replaces the model policy of a project with the given mode and model ids.
    ///
    /// `POST /organization/projects/{project_id}/model_permissions`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        request: &ProjectModelPermissionsUpdateRequest,
    ) -> Call<Json<ProjectModelPermissions>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/model_permissions",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Remove a project's model permissions
    ///
    /// Drops the model policy of a project, so that no per-project model restriction remains.
    ///
    /// `DELETE /organization/projects/{project_id}/model_permissions`
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
    ) -> Call<Json<ProjectModelPermissionsDeleteResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/projects/{project_id}/model_permissions",
            &[("project_id", &project_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.rate_limits` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsRateLimits<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsRateLimits<'c> {
    /// List a project's rate limits
    ///
    /// Pages through the per-model rate limits configured for a project.
    ///
    /// `GET /organization/projects/{project_id}/rate_limits`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &ListProjectRateLimitsParams,
    ) -> Call<Json<ProjectRateLimitListResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/rate_limits",
            &[("project_id", &project_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Update a project rate limit
    ///
    /// Changes the ceilings of one per-model rate limit of a project. Only the
    /// fields sent are changed; a project cannot exceed the organization's own
    /// limits.
    ///
    /// `POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        rate_limit_id: &str,
        request: &ProjectRateLimitUpdateRequest,
    ) -> Call<Json<ProjectRateLimit>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
                &[("project_id", &project_id), ("rate_limit_id", &rate_limit_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.service_accounts` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsServiceAccounts<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsServiceAccounts<'c> {
    /// The `admin.projects.service_accounts.api_keys` sub-resource.
    pub fn api_keys(&self) -> AdminProjectsServiceAccountsApiKeys<'c> {
        AdminProjectsServiceAccountsApiKeys {
            client: self.client,
        }
    }

    /// List a project's service accounts
    ///
    /// Pages through the service accounts (bot identities that own API keys)
    /// of a project. Archived projects have none and answer 400.
    ///
    /// `GET /organization/projects/{project_id}/service_accounts`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &ListProjectServiceAccountsParams,
    ) -> Call<Json<ProjectServiceAccountListResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/service_accounts",
            &[("project_id", &project_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a service account
    ///
    /// Adds a service account to a project. Unless `create_service_account_only`
    /// is set, the answer also carries a new API key for it, whose secret
    /// value is shown this one time only.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts`
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        request: &ProjectServiceAccountCreateRequest,
    ) -> Call<Json<ProjectServiceAccountCreateResponse>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/service_accounts",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a service account
    ///
    /// Returns one service account of a project.
    ///
    /// `GET /organization/projects/{project_id}/service_accounts/{service_account_id}`
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        service_account_id: &str,
    ) -> Call<Json<ProjectServiceAccount>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/service_accounts/{service_account_id}",
            &[("project_id", &project_id), ("service_account_id", &service_account_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update a service account
    ///
    /// Renames a service account or changes its role in the project.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts/{service_account_id}`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        service_account_id: &str,
        request: &UpdateProjectServiceAccountBody,
    ) -> Call<Json<ProjectServiceAccount>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/service_accounts/{service_account_id}",
                &[
                    ("project_id", &project_id),
                    ("service_account_id", &service_account_id),
                ],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a service account
    ///
    /// Removes a service account, and with it its API keys, from a project.
    /// Fails on archived projects, which keep no service accounts.
    ///
    /// `DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}`
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        service_account_id: &str,
    ) -> Call<Json<ProjectServiceAccountDeleteResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/projects/{project_id}/service_accounts/{service_account_id}",
            &[("project_id", &project_id), ("service_account_id", &service_account_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.service_accounts.api_keys` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsServiceAccountsApiKeys<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsServiceAccountsApiKeys<'c> {
    /// Create an API key for a service account
    ///
    /// Issues an additional API key owned by a service account, optionally
    /// named and limited to some scopes. The secret value is only returned
    /// in this answer.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys`
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        service_account_id: &str,
        request: &CreateProjectServiceAccountApiKeyBody,
    ) -> Call<Json<ServiceAccountApiKeyBody>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys",
                &[
                    ("project_id", &project_id),
                    ("service_account_id", &service_account_id),
                ],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.users` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsUsers<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsUsers<'c> {
    /// The `admin.projects.users.roles` sub-resource.
    pub fn roles(&self) -> AdminProjectsUsersRoles<'c> {
        AdminProjectsUsersRoles {
            client: self.client,
        }
    }

    /// List a project's members
    ///
    /// Pages through the users who are members of a project. Archived projects answer 400.
    ///
    /// `GET /organization/projects/{project_id}/users`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &ListProjectUsersParams,
    ) -> Call<Json<ProjectUserListResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/users",
            &[("project_id", &project_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Add a member to a project
    ///
    /// Gives an existing member of the organization a role in a project. The
    /// person is named by `user_id` or by `email`; people outside the
    /// organization must be invited first.
    ///
    /// `POST /organization/projects/{project_id}/users`
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        request: &ProjectUserCreateRequest,
    ) -> Call<Json<ProjectUser>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/users",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a project member
    ///
    /// Returns one user's membership of a project, with their role there.
    ///
    /// `GET /organization/projects/{project_id}/users/{user_id}`
    #[inline]
    pub fn retrieve(&self, project_id: &str, user_id: &str) -> Call<Json<ProjectUser>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/users/{user_id}",
            &[("project_id", &project_id), ("user_id", &user_id)],
        );
        Call::new(self.client, spec)
    }

    /// Change a project member's role
    ///
    /// Sets the role a user holds inside a project.
    ///
    /// `POST /organization/projects/{project_id}/users/{user_id}`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        user_id: &str,
        request: &ProjectUserUpdateRequest,
    ) -> Call<Json<ProjectUser>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/users/{user_id}",
                &[("project_id", &project_id), ("user_id", &user_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Remove a member from a project
    ///
    /// Takes a user out of a project; they stay in the organization. Fails on
    /// archived projects, which keep no members.
    ///
    /// `DELETE /organization/projects/{project_id}/users/{user_id}`
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        user_id: &str,
    ) -> Call<Json<ProjectUserDeleteResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/projects/{project_id}/users/{user_id}",
            &[("project_id", &project_id), ("user_id", &user_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.users.roles` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsUsersRoles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsUsersRoles<'c> {
    /// List a user's project roles
    ///
    /// Pages through the project roles a user holds in one project; the page carries a `next` cursor.
    ///
    /// `GET /projects/{project_id}/users/{user_id}/roles`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        user_id: &str,
        params: &ListProjectUserRoleAssignmentsParams,
    ) -> Call<Json<RoleListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/projects/{project_id}/users/{user_id}/roles",
            &[("project_id", &project_id), ("user_id", &user_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Give a user a project role
    ///
    /// Grants a project role directly to one user inside one project.
    ///
    /// `POST /projects/{project_id}/users/{user_id}/roles`
    #[inline]
    pub fn assign(
        &self,
        project_id: &str,
        user_id: &str,
        request: &PublicAssignOrganizationGroupRoleBody,
    ) -> Call<Json<UserRoleAssignment>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/projects/{project_id}/users/{user_id}/roles",
                &[("project_id", &project_id), ("user_id", &user_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a user's project role
    ///
    /// Returns one project role held by a user, with the role's details.
    ///
    /// `GET /projects/{project_id}/users/{user_id}/roles/{role_id}`
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        user_id: &str,
        role_id: &str,
    ) -> Call<Json<AssignedRoleDetails>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/projects/{project_id}/users/{user_id}/roles/{role_id}",
            &[("project_id", &project_id), ("user_id", &user_id), ("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }

    /// Take a project role from a user
    ///
    /// Ends a user's direct hold of a project role in one project.
    ///
    /// `DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}`
    #[inline]
    pub fn unassign(
        &self,
        project_id: &str,
        user_id: &str,
        role_id: &str,
    ) -> Call<Json<DeletedRoleAssignmentResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/projects/{project_id}/users/{user_id}/roles/{role_id}",
            &[("project_id", &project_id), ("user_id", &user_id), ("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.roles` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsRoles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsRoles<'c> {
    /// List project roles
    ///
    /// Pages through the predefined and custom roles of one project; the page carries a `next` cursor.
    ///
    /// `GET /projects/{project_id}/roles`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &ListProjectRolesParams,
    ) -> Call<Json<PublicRoleListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/projects/{project_id}/roles",
            &[("project_id", &project_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a project role
    ///
    /// Defines a custom role that exists only inside one project.
    ///
    /// `POST /projects/{project_id}/roles`
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        request: &PublicCreateOrganizationRoleBody,
    ) -> Call<Json<Role>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/projects/{project_id}/roles",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a project role
    ///
    /// Returns one role of a project by id.
    ///
    /// `GET /projects/{project_id}/roles/{role_id}`
    #[inline]
    pub fn retrieve(&self, project_id: &str, role_id: &str) -> Call<Json<Role>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/projects/{project_id}/roles/{role_id}",
            &[("project_id", &project_id), ("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update a project role
    ///
    /// Changes the name, description or permissions of a custom project role.
    ///
    /// `POST /projects/{project_id}/roles/{role_id}`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        role_id: &str,
        request: &PublicUpdateOrganizationRoleBody,
    ) -> Call<Json<Role>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/projects/{project_id}/roles/{role_id}",
                &[("project_id", &project_id), ("role_id", &role_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a project role
    ///
    /// Removes a custom role from a project.
    ///
    /// `DELETE /projects/{project_id}/roles/{role_id}`
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        role_id: &str,
    ) -> Call<Json<RoleDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/projects/{project_id}/roles/{role_id}",
            &[("project_id", &project_id), ("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.groups` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsGroups<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsGroups<'c> {
    /// The `admin.projects.groups.roles` sub-resource.
    pub fn roles(&self) -> AdminProjectsGroupsRoles<'c> {
        AdminProjectsGroupsRoles {
            client: self.client,
        }
    }

    /// List a project's groups
    ///
    /// Pages through the groups whose members may use a project; the page carries a `next` cursor.
    ///
    /// `GET /organization/projects/{project_id}/groups`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &ListProjectGroupsParams,
    ) -> Call<Json<ProjectGroupListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/groups",
            &[("project_id", &project_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Give a group access to a project
    ///
    /// Lets the members of a group into a project with the given project role.
    ///
    /// `POST /organization/projects/{project_id}/groups`
    #[inline]
    pub fn add(
        &self,
        project_id: &str,
        request: &InviteProjectGroupBody,
    ) -> Call<Json<ProjectGroup>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/groups",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a project group
    ///
    /// Returns a group's access to a project.
    ///
    /// `GET /organization/projects/{project_id}/groups/{group_id}`
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        group_id: &str,
        params: &RetrieveProjectGroupParams,
    ) -> Call<Json<ProjectGroup>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/groups/{group_id}",
            &[("project_id", &project_id), ("group_id", &group_id)],
        );
        spec.query().push_opt("group_type", params.group_type.as_ref());
        Call::new(self.client, spec)
    }

    /// Take a group out of a project
    ///
    /// Ends the access a group gave its members to a project.
    ///
    /// `DELETE /organization/projects/{project_id}/groups/{group_id}`
    #[inline]
    pub fn remove(
        &self,
        project_id: &str,
        group_id: &str,
    ) -> Call<Json<ProjectGroupDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/projects/{project_id}/groups/{group_id}",
            &[("project_id", &project_id), ("group_id", &group_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.groups.roles` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsGroupsRoles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsGroupsRoles<'c> {
    /// List a group's project roles
    ///
    /// Pages through the project roles a group holds in one project; the page carries a `next` cursor.
    ///
    /// `GET /projects/{project_id}/groups/{group_id}/roles`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        group_id: &str,
        params: &ListProjectGroupRoleAssignmentsParams,
    ) -> Call<Json<RoleListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/projects/{project_id}/groups/{group_id}/roles",
            &[("project_id", &project_id), ("group_id", &group_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Give a group a project role
    ///
    /// Grants a project role to a group inside one project.
    ///
    /// `POST /projects/{project_id}/groups/{group_id}/roles`
    #[inline]
    pub fn assign(
        &self,
        project_id: &str,
        group_id: &str,
        request: &PublicAssignOrganizationGroupRoleBody,
    ) -> Call<Json<GroupRoleAssignment>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/projects/{project_id}/groups/{group_id}/roles",
                &[("project_id", &project_id), ("group_id", &group_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a group's project role
    ///
    /// Returns one project role held by a group, with the role's details.
    ///
    /// `GET /projects/{project_id}/groups/{group_id}/roles/{role_id}`
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        group_id: &str,
        role_id: &str,
    ) -> Call<Json<AssignedRoleDetails>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
            &[
                ("project_id", &project_id),
                ("group_id", &group_id),
                ("role_id", &role_id),
            ],
        );
        Call::new(self.client, spec)
    }

    /// Take a project role from a group
    ///
    /// Ends a group's hold of a project role in one project.
    ///
    /// `DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}`
    #[inline]
    pub fn unassign(
        &self,
        project_id: &str,
        group_id: &str,
        role_id: &str,
    ) -> Call<Json<DeletedRoleAssignmentResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
            &[
                ("project_id", &project_id),
                ("group_id", &group_id),
                ("role_id", &role_id),
            ],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.certificates` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsCertificates<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsCertificates<'c> {
    /// List a project's certificates
    ///
    /// Pages through the organization's certificates, each with whether it is active in this project.
    ///
    /// `GET /organization/projects/{project_id}/certificates`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &ListProjectCertificatesParams,
    ) -> Call<Json<ListProjectCertificatesResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/certificates",
            &[("project_id", &project_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Activate certificates for a project
    ///
    /// Turns on up to ten uploaded certificates for one project in one atomic
    /// step. Repeating the call with certificates already active is harmless.
    ///
    /// `POST /organization/projects/{project_id}/certificates/activate`
    #[inline]
    pub fn activate(
        &self,
        project_id: &str,
        request: &ToggleCertificatesRequest,
    ) -> Call<Json<OrganizationProjectCertificateActivationResponse>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/certificates/activate",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Deactivate certificates for a project
    ///
    /// Turns off up to ten certificates for one project in one atomic step.
    /// Repeating the call with certificates already inactive is harmless.
    ///
    /// `POST /organization/projects/{project_id}/certificates/deactivate`
    #[inline]
    pub fn deactivate(
        &self,
        project_id: &str,
        request: &ToggleCertificatesRequest,
    ) -> Call<Json<OrganizationProjectCertificateDeactivationResponse>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/certificates/deactivate",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.spend_limit` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsSpendLimit<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsSpendLimit<'c> {
    /// Get a project's spend limit
    ///
    /// Returns the hard monthly ceiling on one project's spending and whether it is being enforced now.
    ///
    /// `GET /organization/projects/{project_id}/spend_limit`
    #[inline]
    pub fn retrieve(&self, project_id: &str) -> Call<Json<ProjectSpendLimitResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/spend_limit",
            &[("project_id", &project_id)],
        );
        Call::new(self.client, spec)
    }

    /// Set a project's spend limit
    ///
    /// Sets the hard spending ceiling of one project, replacing any previous
    /// one. When the project's spending reaches it, the limit's
    /// `enforcement.status` turns to `enforcing`.
    ///
    /// `POST /organization/projects/{project_id}/spend_limit`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        request: &UpdateProjectSpendLimitBody,
    ) -> Call<Json<ProjectSpendLimitResource>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/spend_limit",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Remove a project's spend limit
    ///
    /// Drops the hard spending ceiling of one project.
    ///
    /// `DELETE /organization/projects/{project_id}/spend_limit`
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
    ) -> Call<Json<ProjectSpendLimitDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/projects/{project_id}/spend_limit",
            &[("project_id", &project_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.spend_alerts` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsSpendAlerts<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsSpendAlerts<'c> {
    /// List project spend alerts
    ///
    /// Pages through the spending notifications set on one project.
    ///
    /// `GET /organization/projects/{project_id}/spend_alerts`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &ListProjectSpendAlertsParams,
    ) -> Call<Json<ProjectSpendAlertListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/spend_alerts",
            &[("project_id", &project_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a project spend alert
    ///
    /// Adds a notification that is emailed once the project's spending in a period passes the given amount.
    ///
    /// `POST /organization/projects/{project_id}/spend_alerts`
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        request: &CreateSpendAlertBody,
    ) -> Call<Json<ProjectSpendAlert>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/spend_alerts",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a project spend alert
    ///
    /// Returns one spending notification of a project.
    ///
    /// `GET /organization/projects/{project_id}/spend_alerts/{alert_id}`
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        alert_id: &str,
    ) -> Call<Json<ProjectSpendAlert>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/spend_alerts/{alert_id}",
            &[("project_id", &project_id), ("alert_id", &alert_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update a project spend alert
    ///
    /// Replaces the amount, period and recipients of a project spending notification.
    ///
    /// `POST /organization/projects/{project_id}/spend_alerts/{alert_id}`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        alert_id: &str,
        request: &CreateSpendAlertBody,
    ) -> Call<Json<ProjectSpendAlert>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/spend_alerts/{alert_id}",
                &[("project_id", &project_id), ("alert_id", &alert_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a project spend alert
    ///
    /// Removes a project spending notification.
    ///
    /// `DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}`
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        alert_id: &str,
    ) -> Call<Json<ProjectSpendAlertDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/projects/{project_id}/spend_alerts/{alert_id}",
            &[("project_id", &project_id), ("alert_id", &alert_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.data_retention` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsDataRetention<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsDataRetention<'c> {
    /// Get a project's data retention setting
    ///
    /// Returns the retention regime of one project, which may defer to the organization's.
    ///
    /// `GET /organization/projects/{project_id}/data_retention`
    #[inline]
    pub fn retrieve(&self, project_id: &str) -> Call<Json<ProjectDataRetention>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/data_retention",
            &[("project_id", &project_id)],
        );
        Call::new(self.client, spec)
    }

    /// Change a project's data retention setting
    ///
    /// Gives one project its own retention regime, or makes it follow the organization's again (`organization_default`).
    ///
    /// `POST /organization/projects/{project_id}/data_retention`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        request: &UpdateProjectDataRetentionBody,
    ) -> Call<Json<ProjectDataRetention>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/data_retention",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `admin.projects.hosted_tool_permissions` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminProjectsHostedToolPermissions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminProjectsHostedToolPermissions<'c> {
    /// Get a project's hosted tool permissions
    ///
    /// Tells, tool by tool, which of the platform-run tools the project's requests may use.
    ///
    /// `GET /organization/projects/{project_id}/hosted_tool_permissions`
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
    ) -> Call<Json<ProjectHostedToolPermissions>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/projects/{project_id}/hosted_tool_permissions",
            &[("project_id", &project_id)],
        );
        Call::new(self.client, spec)
    }

    /// Change a project's hosted tool permissions
    ///
    /// Turns individual hosted tools on or off for a project; tools left out of the body keep their state.
    ///
    /// `POST /organization/projects/{project_id}/hosted_tool_permissions`
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        request: &ProjectHostedToolPermissionsUpdateRequest,
    ) -> Call<Json<ProjectHostedToolPermissions>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/projects/{project_id}/hosted_tool_permissions",
                &[("project_id", &project_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `admin.users` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminUsers<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminUsers<'c> {
    /// The `admin.users.roles` sub-resource.
    pub fn roles(&self) -> AdminUsersRoles<'c> {
        AdminUsersRoles {
            client: self.client,
        }
    }

    /// List organization members
    ///
    /// Pages through the users of the organization, optionally only those with given email addresses.
    ///
    /// `GET /organization/users`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListUsersParams) -> Call<Json<UserListResponse>> {
        let mut spec = RequestSpec::new(Method::GET, "/organization/users".to_owned());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_array_opt("emails", params.emails.as_deref(), true);
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Retrieve an organization member
    ///
    /// Returns one user of the organization by id.
    ///
    /// `GET /organization/users/{user_id}`
    #[inline]
    pub fn retrieve(&self, user_id: &str) -> Call<Json<User>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/users/{user_id}",
            &[("user_id", &user_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update an organization member
    ///
    /// Changes a user's organization role (by name or by role id) and the
    /// profile hints stored for them.
    ///
    /// `POST /organization/users/{user_id}`
    #[inline]
    pub fn update(
        &self,
        user_id: &str,
        request: &UserRoleUpdateRequest,
    ) -> Call<Json<User>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/users/{user_id}",
                &[("user_id", &user_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Remove a member from the organization
    ///
    /// Takes a user out of the organization and all its projects.
    ///
    /// `DELETE /organization/users/{user_id}`
    #[inline]
    pub fn delete(&self, user_id: &str) -> Call<Json<UserDeleteResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/users/{user_id}",
            &[("user_id", &user_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.users.roles` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminUsersRoles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminUsersRoles<'c> {
    /// List a user's organization roles
    ///
    /// Pages through the organization roles held by a user; the page carries a `next` cursor.
    ///
    /// `GET /organization/users/{user_id}/roles`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        user_id: &str,
        params: &ListUserRoleAssignmentsParams,
    ) -> Call<Json<RoleListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/users/{user_id}/roles",
            &[("user_id", &user_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Give a user an organization role
    ///
    /// Grants an organization role directly to one user.
    ///
    /// `POST /organization/users/{user_id}/roles`
    #[inline]
    pub fn assign(
        &self,
        user_id: &str,
        request: &PublicAssignOrganizationGroupRoleBody,
    ) -> Call<Json<UserRoleAssignment>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/users/{user_id}/roles",
                &[("user_id", &user_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a user's organization role
    ///
    /// Returns one organization role held by a user, with the role's details.
    ///
    /// `GET /organization/users/{user_id}/roles/{role_id}`
    #[inline]
    pub fn retrieve(
        &self,
        user_id: &str,
        role_id: &str,
    ) -> Call<Json<AssignedRoleDetails>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/users/{user_id}/roles/{role_id}",
            &[("user_id", &user_id), ("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }

    /// Take an organization role from a user
    ///
    /// Ends a user's direct hold of an organization role.
    ///
    /// `DELETE /organization/users/{user_id}/roles/{role_id}`
    #[inline]
    pub fn unassign(
        &self,
        user_id: &str,
        role_id: &str,
    ) -> Call<Json<DeletedRoleAssignmentResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/users/{user_id}/roles/{role_id}",
            &[("user_id", &user_id), ("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.invites` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminInvites<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminInvites<'c> {
    /// List invites
    ///
    /// Pages through the invitations sent on behalf of the organization, whatever their status.
    ///
    /// `GET /organization/invites`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListInvitesParams) -> Call<Json<InviteListResponse>> {
        let mut spec = RequestSpec::new(Method::GET, "/organization/invites".to_owned());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Invite someone to the organization
    ///
    /// Emails an invitation with an organization role and, optionally, project
    /// memberships. Nothing is granted until the recipient accepts it.
    ///
    /// `POST /organization/invites`
    #[inline]
    pub fn create(&self, request: &InviteRequest) -> Call<Json<Invite>> {
        let spec = RequestSpec::new(Method::POST, "/organization/invites".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve an invite
    ///
    /// Returns one invitation and its current status.
    ///
    /// `GET /organization/invites/{invite_id}`
    #[inline]
    pub fn retrieve(&self, invite_id: &str) -> Call<Json<Invite>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/invites/{invite_id}",
            &[("invite_id", &invite_id)],
        );
        Call::new(self.client, spec)
    }

    /// Delete an invite
    ///
    /// Withdraws an invitation that has not been accepted yet; accepted ones cannot be deleted.
    ///
    /// `DELETE /organization/invites/{invite_id}`
    #[inline]
    pub fn delete(&self, invite_id: &str) -> Call<Json<InviteDeleteResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/invites/{invite_id}",
            &[("invite_id", &invite_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.groups` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminGroups<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminGroups<'c> {
    /// The `admin.groups.users` sub-resource.
    pub fn users(&self) -> AdminGroupsUsers<'c> {
        AdminGroupsUsers {
            client: self.client,
        }
    }

    /// The `admin.groups.roles` sub-resource.
    pub fn roles(&self) -> AdminGroupsRoles<'c> {
        AdminGroupsRoles {
            client: self.client,
        }
    }

    /// List groups
    ///
    /// Pages through the groups of the organization. The page carries a
    /// `next` cursor rather than `first_id` / `last_id`.
    ///
    /// `GET /organization/groups`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListGroupsParams) -> Call<Json<GroupListResource>> {
        let mut spec = RequestSpec::new(Method::GET, "/organization/groups".to_owned());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a group
    ///
    /// Adds an empty, named group to the organization.
    ///
    /// `POST /organization/groups`
    #[inline]
    pub fn create(&self, request: &CreateGroupBody) -> Call<Json<GroupResponse>> {
        let spec = RequestSpec::new(Method::POST, "/organization/groups".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a group
    ///
    /// Returns one group of the organization by id.
    ///
    /// `GET /organization/groups/{group_id}`
    #[inline]
    pub fn retrieve(&self, group_id: &str) -> Call<Json<GroupResponse>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/groups/{group_id}",
            &[("group_id", &group_id)],
        );
        Call::new(self.client, spec)
    }

    /// Rename a group
    ///
    /// Gives a group a new display name.
    ///
    /// `POST /organization/groups/{group_id}`
    #[inline]
    pub fn update(
        &self,
        group_id: &str,
        request: &UpdateGroupBody,
    ) -> Call<Json<GroupResourceWithSuccess>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/groups/{group_id}",
                &[("group_id", &group_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a group
    ///
    /// Removes a group; its members lose whatever the group granted them.
    ///
    /// `DELETE /organization/groups/{group_id}`
    #[inline]
    pub fn delete(&self, group_id: &str) -> Call<Json<GroupDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/groups/{group_id}",
            &[("group_id", &group_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.groups.users` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminGroupsUsers<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminGroupsUsers<'c> {
    /// List a group's members
    ///
    /// Pages through the users that belong to a group; the page carries a `next` cursor.
    ///
    /// `GET /organization/groups/{group_id}/users`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        group_id: &str,
        params: &ListGroupUsersParams,
    ) -> Call<Json<UserListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/groups/{group_id}/users",
            &[("group_id", &group_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Add a user to a group
    ///
    /// Makes an organization member part of a group.
    ///
    /// `POST /organization/groups/{group_id}/users`
    #[inline]
    pub fn add(
        &self,
        group_id: &str,
        request: &CreateGroupUserBody,
    ) -> Call<Json<GroupUserAssignment>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/groups/{group_id}/users",
                &[("group_id", &group_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a group member
    ///
    /// Returns one member of a group, with a few profile details.
    ///
    /// `GET /organization/groups/{group_id}/users/{user_id}`
    #[inline]
    pub fn retrieve(
        &self,
        group_id: &str,
        user_id: &str,
    ) -> Call<Json<GroupMemberUser>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/groups/{group_id}/users/{user_id}",
            &[("group_id", &group_id), ("user_id", &user_id)],
        );
        Call::new(self.client, spec)
    }

    /// Remove a user from a group
    ///
    /// Ends a user's membership of a group; the user stays in the organization.
    ///
    /// `DELETE /organization/groups/{group_id}/users/{user_id}`
    #[inline]
    pub fn remove(
        &self,
        group_id: &str,
        user_id: &str,
    ) -> Call<Json<GroupUserDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/groups/{group_id}/users/{user_id}",
            &[("group_id", &group_id), ("user_id", &user_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.groups.roles` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminGroupsRoles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminGroupsRoles<'c> {
    /// List a group's organization roles
    ///
    /// Pages through the organization roles held by a group; the page carries a `next` cursor.
    ///
    /// `GET /organization/groups/{group_id}/roles`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        group_id: &str,
        params: &ListGroupRoleAssignmentsParams,
    ) -> Call<Json<RoleListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/groups/{group_id}/roles",
            &[("group_id", &group_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Give a group an organization role
    ///
    /// Grants an organization role to every member of a group through the group.
    ///
    /// `POST /organization/groups/{group_id}/roles`
    #[inline]
    pub fn assign(
        &self,
        group_id: &str,
        request: &PublicAssignOrganizationGroupRoleBody,
    ) -> Call<Json<GroupRoleAssignment>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/groups/{group_id}/roles",
                &[("group_id", &group_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a group's organization role
    ///
    /// Returns one organization role held by a group, with the role's details.
    ///
    /// `GET /organization/groups/{group_id}/roles/{role_id}`
    #[inline]
    pub fn retrieve(
        &self,
        group_id: &str,
        role_id: &str,
    ) -> Call<Json<AssignedRoleDetails>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/groups/{group_id}/roles/{role_id}",
            &[("group_id", &group_id), ("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }

    /// Take an organization role from a group
    ///
    /// Ends a group's hold of an organization role.
    ///
    /// `DELETE /organization/groups/{group_id}/roles/{role_id}`
    #[inline]
    pub fn unassign(
        &self,
        group_id: &str,
        role_id: &str,
    ) -> Call<Json<DeletedRoleAssignmentResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/groups/{group_id}/roles/{role_id}",
            &[("group_id", &group_id), ("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.roles` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminRoles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminRoles<'c> {
    /// List organization roles
    ///
    /// Pages through the predefined and custom roles of the organization; the page carries a `next` cursor.
    ///
    /// `GET /organization/roles`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListRolesParams) -> Call<Json<PublicRoleListResource>> {
        let mut spec = RequestSpec::new(Method::GET, "/organization/roles".to_owned());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create an organization role
    ///
    /// Defines a custom role at organization level from a name and a set of permissions.
    ///
    /// `POST /organization/roles`
    #[inline]
    pub fn create(
        &self,
        request: &PublicCreateOrganizationRoleBody,
    ) -> Call<Json<Role>> {
        let spec = RequestSpec::new(Method::POST, "/organization/roles".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve an organization role
    ///
    /// Returns one role of the organization by id.
    ///
    /// `GET /organization/roles/{role_id}`
    #[inline]
    pub fn retrieve(&self, role_id: &str) -> Call<Json<Role>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/roles/{role_id}",
            &[("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update an organization role
    ///
    /// Changes the name, description or permissions of a custom organization role.
    ///
    /// `POST /organization/roles/{role_id}`
    #[inline]
    pub fn update(
        &self,
        role_id: &str,
        request: &PublicUpdateOrganizationRoleBody,
    ) -> Call<Json<Role>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/roles/{role_id}",
                &[("role_id", &role_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete an organization role
    ///
    /// Removes a custom organization role; predefined roles cannot be deleted.
    ///
    /// `DELETE /organization/roles/{role_id}`
    #[inline]
    pub fn delete(&self, role_id: &str) -> Call<Json<RoleDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/roles/{role_id}",
            &[("role_id", &role_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.certificates` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminCertificates<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminCertificates<'c> {
    /// List organization certificates
    ///
    /// Pages through the certificates uploaded to the organization, each with whether it is active there.
    ///
    /// `GET /organization/certificates`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        params: &ListOrganizationCertificatesParams,
    ) -> Call<Json<ListCertificatesResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/certificates".to_owned(),
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Upload a certificate
    ///
    /// Stores a PEM certificate in the organization. It stays inactive until
    /// activated; an organization holds at most 50 certificates.
    ///
    /// `POST /organization/certificates`
    #[inline]
    pub fn create(&self, request: &UploadCertificateRequest) -> Call<Json<Certificate>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/organization/certificates".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Activate certificates for the organization
    ///
    /// Turns on up to ten certificates at organization level in one atomic
    /// step. Repeating the call with certificates already active is harmless.
    ///
    /// `POST /organization/certificates/activate`
    #[inline]
    pub fn activate(
        &self,
        request: &ToggleCertificatesRequest,
    ) -> Call<Json<OrganizationCertificateActivationResponse>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/organization/certificates/activate".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Deactivate certificates for the organization
    ///
    /// Turns off up to ten certificates at organization level in one atomic
    /// step. Repeating the call with certificates already inactive is harmless.
    ///
    /// `POST /organization/certificates/deactivate`
    #[inline]
    pub fn deactivate(
        &self,
        request: &ToggleCertificatesRequest,
    ) -> Call<Json<OrganizationCertificateDeactivationResponse>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/organization/certificates/deactivate".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a certificate
    ///
    /// Returns one uploaded certificate, active or not. Ask for `content` in
    /// `include` to receive the PEM text as well.
    ///
    /// `GET /organization/certificates/{certificate_id}`
    #[inline]
    pub fn retrieve(
        &self,
        certificate_id: &str,
        params: &GetCertificateParams,
    ) -> Call<Json<Certificate>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/organization/certificates/{certificate_id}",
            &[("certificate_id", &certificate_id)],
        );
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        Call::new(self.client, spec)
    }

    /// Rename a certificate
    ///
    /// Changes the name of a certificate, the only thing about it that can be modified.
    ///
    /// `POST /organization/certificates/{certificate_id}`
    #[inline]
    pub fn update(
        &self,
        certificate_id: &str,
        request: &ModifyCertificateRequest,
    ) -> Call<Json<Certificate>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/certificates/{certificate_id}",
                &[("certificate_id", &certificate_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a certificate
    ///
    /// Removes a certificate from the organization. Deactivate it everywhere
    /// (organization and every project) first.
    ///
    /// `DELETE /organization/certificates/{certificate_id}`
    #[inline]
    pub fn delete(&self, certificate_id: &str) -> Call<Json<DeleteCertificateResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/certificates/{certificate_id}",
            &[("certificate_id", &certificate_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.api_keys` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminApiKeys<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminApiKeys<'c> {
    /// List admin API keys
    ///
    /// Pages through the admin keys of the organization. Like every
    /// administration endpoint, this one must be called with an admin key,
    /// not an ordinary project key.
    ///
    /// `GET /organization/admin_api_keys`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &AdminApiKeysListParams) -> Call<Json<ApiKeyList>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/admin_api_keys".to_owned(),
        );
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create an admin API key
    ///
    /// Issues a new admin key for the organization. The secret itself is part
    /// of this answer only; store it right away, later reads show a redacted
    /// form.
    ///
    /// `POST /organization/admin_api_keys`
    #[inline]
    pub fn create(
        &self,
        request: &CreateAdminApiKeyRequest,
    ) -> Call<Json<AdminApiKeyCreateResponse>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/organization/admin_api_keys".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve an admin API key
    ///
    /// Returns one admin key (with its secret redacted), its owner and its usage times.
    ///
    /// `GET /organization/admin_api_keys/{key_id}`
    #[inline]
    pub fn retrieve(&self, key_id: &str) -> Call<Json<AdminApiKey>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/admin_api_keys/{key_id}",
            &[("key_id", &key_id)],
        );
        Call::new(self.client, spec)
    }

    /// Delete an admin API key
    ///
    /// Revokes an admin key; requests made with it fail from then on.
    ///
    /// `DELETE /organization/admin_api_keys/{key_id}`
    #[inline]
    pub fn delete(&self, key_id: &str) -> Call<Json<DeleteAdminApiKeyResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/admin_api_keys/{key_id}",
            &[("key_id", &key_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.audit_logs` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminAuditLogs<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminAuditLogs<'c> {
    /// List audit log entries
    ///
    /// Pages through the recorded actions of the organization (logins, key
    /// and project changes, membership and role changes...), optionally
    /// narrowed by time, project, event type, actor or affected object.
    /// Audit logging must have been switched on for the organization.
    ///
    /// `GET /organization/audit_logs`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        params: &ListAuditLogsParams,
    ) -> Call<Json<ListAuditLogsResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/audit_logs".to_owned(),
        );
        spec.query_param(
            "effective_at",
            params.effective_at.as_ref(),
            Style::deep_object(),
        );
        spec.query()
            .push_array_opt("project_ids[]", params.project_ids.as_deref(), true);
        spec.query()
            .push_array_opt("event_types[]", params.event_types.as_deref(), true);
        spec.query().push_array_opt("actor_ids[]", params.actor_ids.as_deref(), true);
        spec.query()
            .push_array_opt("actor_emails[]", params.actor_emails.as_deref(), true);
        spec.query()
            .push_array_opt("resource_ids[]", params.resource_ids.as_deref(), true);
        spec.query().push_opt("tenant_only", params.tenant_only.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }
}

/// The `admin.usage` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminUsage<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminUsage<'c> {
    /// Get costs
    ///
    /// Reports what the organization spent, in daily buckets, optionally
    /// split by project, line item or API key. Buckets come in pages; pass
    /// `next_page` back as `page` to continue.
    ///
    /// `GET /organization/costs`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn costs(&self, params: &UsageCostsParams) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(Method::GET, "/organization/costs".to_owned());
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get text-to-speech usage
    ///
    /// Counts the characters turned into speech, per time bucket.
    ///
    /// `GET /organization/usage/audio_speeches`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn audio_speeches(
        &self,
        params: &UsageAudioSpeechesParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/audio_speeches".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("user_ids", params.user_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query().push_array_opt("models", params.models.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get transcription usage
    ///
    /// Counts the seconds of audio transcribed, per time bucket.
    ///
    /// `GET /organization/usage/audio_transcriptions`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn audio_transcriptions(
        &self,
        params: &UsageAudioTranscriptionsParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/audio_transcriptions".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("user_ids", params.user_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query().push_array_opt("models", params.models.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get code interpreter usage
    ///
    /// Counts the code interpreter sessions opened, per time bucket.
    ///
    /// `GET /organization/usage/code_interpreter_sessions`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn code_interpreter_sessions(
        &self,
        params: &UsageCodeInterpreterSessionsParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/code_interpreter_sessions".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get completions usage
    ///
    /// Counts model requests and input/output tokens (text, audio, image;
    /// cached or not) of completion-style calls, per time bucket.
    ///
    /// `GET /organization/usage/completions`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn completions(
        &self,
        params: &UsageCompletionsParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/completions".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("user_ids", params.user_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query().push_array_opt("models", params.models.as_deref(), true);
        spec.query().push_opt("batch", params.batch.as_ref());
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get embeddings usage
    ///
    /// Counts embedding requests and their input tokens, per time bucket.
    ///
    /// `GET /organization/usage/embeddings`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn embeddings(
        &self,
        params: &UsageEmbeddingsParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/embeddings".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("user_ids", params.user_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query().push_array_opt("models", params.models.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get file search usage
    ///
    /// Counts calls of the file search tool, per time bucket.
    ///
    /// `GET /organization/usage/file_search_calls`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn file_search_calls(
        &self,
        params: &UsageFileSearchCallsParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/file_search_calls".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("user_ids", params.user_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query()
            .push_array_opt(
                "vector_store_ids",
                params.vector_store_ids.as_deref(),
                true,
            );
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get image usage
    ///
    /// Counts images generated, edited or varied, per time bucket.
    ///
    /// `GET /organization/usage/images`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn images(&self, params: &UsageImagesParams) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/images".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("sources", params.sources.as_deref(), true);
        spec.query().push_array_opt("sizes", params.sizes.as_deref(), true);
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("user_ids", params.user_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query().push_array_opt("models", params.models.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get moderation usage
    ///
    /// Counts moderation requests and their input tokens, per time bucket.
    ///
    /// `GET /organization/usage/moderations`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn moderations(
        &self,
        params: &UsageModerationsParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/moderations".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("user_ids", params.user_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query().push_array_opt("models", params.models.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get vector store usage
    ///
    /// Reports the storage taken by vector stores, in bytes, per time bucket.
    ///
    /// `GET /organization/usage/vector_stores`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn vector_stores(
        &self,
        params: &UsageVectorStoresParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/vector_stores".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }

    /// Get web search usage
    ///
    /// Counts calls of the web search tool and the model requests behind them, per time bucket.
    ///
    /// `GET /organization/usage/web_search_calls`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn web_search_calls(
        &self,
        params: &UsageWebSearchCallsParams,
    ) -> Call<Json<UsageResponse>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/usage/web_search_calls".to_owned(),
        );
        spec.query().push_opt("start_time", Some(&params.start_time));
        spec.query().push_opt("end_time", params.end_time.as_ref());
        spec.query().push_opt("bucket_width", params.bucket_width.as_ref());
        spec.query().push_array_opt("project_ids", params.project_ids.as_deref(), true);
        spec.query().push_array_opt("user_ids", params.user_ids.as_deref(), true);
        spec.query().push_array_opt("api_key_ids", params.api_key_ids.as_deref(), true);
        spec.query().push_array_opt("models", params.models.as_deref(), true);
        spec.query()
            .push_array_opt("context_levels", params.context_levels.as_deref(), true);
        spec.query().push_array_opt("group_by", params.group_by.as_deref(), true);
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("page", params.page.as_ref());
        let spec = spec.cursor("page");
        Call::new(self.client, spec)
    }
}

/// The `admin.spend_limit` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminSpendLimit<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminSpendLimit<'c> {
    /// Get the organization's spend limit
    ///
    /// Returns the hard monthly ceiling on the organization's spending and whether it is being enforced now.
    ///
    /// `GET /organization/spend_limit`
    #[inline]
    pub fn retrieve(&self) -> Call<Json<OrganizationSpendLimitResource>> {
        let spec = RequestSpec::new(Method::GET, "/organization/spend_limit".to_owned());
        Call::new(self.client, spec)
    }

    /// Set the organization's spend limit
    ///
    /// Sets the hard spending ceiling of the organization, replacing any
    /// previous one. When spending reaches it, the limit's
    /// `enforcement.status` turns to `enforcing`.
    ///
    /// `POST /organization/spend_limit`
    #[inline]
    pub fn update(
        &self,
        request: &UpdateOrganizationSpendLimitBody,
    ) -> Call<Json<OrganizationSpendLimitResource>> {
        let spec = RequestSpec::new(Method::POST, "/organization/spend_limit".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Remove the organization's spend limit
    ///
    /// Drops the organization's hard spending ceiling.
    ///
    /// `DELETE /organization/spend_limit`
    #[inline]
    pub fn delete(&self) -> Call<Json<OrganizationSpendLimitDeletedResource>> {
        let spec = RequestSpec::new(
            Method::DELETE,
            "/organization/spend_limit".to_owned(),
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.spend_alerts` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminSpendAlerts<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminSpendAlerts<'c> {
    /// List organization spend alerts
    ///
    /// Pages through the spending notifications set on the whole organization.
    ///
    /// `GET /organization/spend_alerts`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        params: &ListOrganizationSpendAlertsParams,
    ) -> Call<Json<OrganizationSpendAlertListResource>> {
        let mut spec = RequestSpec::new(
            Method::GET,
            "/organization/spend_alerts".to_owned(),
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create an organization spend alert
    ///
    /// Adds a notification that is emailed once the organization's spending in a period passes the given amount.
    ///
    /// `POST /organization/spend_alerts`
    #[inline]
    pub fn create(
        &self,
        request: &CreateSpendAlertBody,
    ) -> Call<Json<OrganizationSpendAlert>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/organization/spend_alerts".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve an organization spend alert
    ///
    /// Returns one spending notification of the organization.
    ///
    /// `GET /organization/spend_alerts/{alert_id}`
    #[inline]
    pub fn retrieve(&self, alert_id: &str) -> Call<Json<OrganizationSpendAlert>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/organization/spend_alerts/{alert_id}",
            &[("alert_id", &alert_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update an organization spend alert
    ///
    /// Replaces the amount, period and recipients of an organization spending notification.
    ///
    /// `POST /organization/spend_alerts/{alert_id}`
    #[inline]
    pub fn update(
        &self,
        alert_id: &str,
        request: &CreateSpendAlertBody,
    ) -> Call<Json<OrganizationSpendAlert>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/organization/spend_alerts/{alert_id}",
                &[("alert_id", &alert_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete an organization spend alert
    ///
    /// Removes an organization spending notification.
    ///
    /// `DELETE /organization/spend_alerts/{alert_id}`
    #[inline]
    pub fn delete(
        &self,
        alert_id: &str,
    ) -> Call<Json<OrganizationSpendAlertDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/organization/spend_alerts/{alert_id}",
            &[("alert_id", &alert_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `admin.data_retention` resource.
#[derive(Debug, Clone, Copy)]
pub struct AdminDataRetention<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AdminDataRetention<'c> {
    /// Get the organization's data retention setting
    ///
    /// Returns the retention regime (zero retention, modified abuse monitoring...) that applies to the organization.
    ///
    /// `GET /organization/data_retention`
    #[inline]
    pub fn retrieve(&self) -> Call<Json<OrganizationDataRetention>> {
        let spec = RequestSpec::new(
            Method::GET,
            "/organization/data_retention".to_owned(),
        );
        Call::new(self.client, spec)
    }

    /// Change the organization's data retention setting
    ///
    /// Switches the organization to another retention regime (the regimes
    /// offered depend on what the organization is eligible for).
    ///
    /// `POST /organization/data_retention`
    #[inline]
    pub fn update(
        &self,
        request: &UpdateOrganizationDataRetentionBody,
    ) -> Call<Json<OrganizationDataRetention>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/organization/data_retention".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }
}
