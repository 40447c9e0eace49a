// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.audit_logs` operations use.
#![allow(deprecated)]
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::should_implement_trait,
    clippy::wrong_self_convention,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::tabs_in_doc_comments,
)]

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;

/// Query and header parameters of `ListAuditLogs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAuditLogsParams {
    /// Time window on the entries' `effective_at`, in Unix seconds, sent
    /// as `effective_at[gt]=...` and so on.
    pub effective_at: Option<AuditLogEffectiveAtFilter>,
    /// Keep only entries scoped to one of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Keep only entries whose `type` is one of these.
    pub event_types: Option<Vec<AuditLogEventType>>,
    /// Keep only entries whose actor is one of these users, service accounts or key tracking ids.
    pub actor_ids: Option<Vec<String>>,
    /// Keep only entries whose acting user has one of these email addresses.
    pub actor_emails: Option<Vec<String>>,
    /// Keep only entries that affected one of these objects (a project id,
    /// for instance). Connector role events of ChatGPT workspaces are
    /// matched on their `<workspace_id>__<connector_id>` id.
    pub resource_ids: Option<Vec<String>>,
    /// List tenant-level entries of the organization instead. Needed for
    /// tenant events such as `role.bound_to_resource` and
    /// `role.unbound_from_resource`; with `true`, every requested event
    /// type has to be a tenant one.
    ///
    /// Defaults to `false` when unset.
    pub tenant_only: Option<bool>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Pagination cursor; the id of the first object of the next page, for paging backwards.
    pub before: Option<String>,
}

impl ListAuditLogsParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `effective_at`.
    #[must_use]
    pub fn effective_at(mut self, value: impl Into<AuditLogEffectiveAtFilter>) -> Self {
        self.effective_at = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `event_types`.
    #[must_use]
    pub fn event_types(mut self, value: impl Into<Vec<AuditLogEventType>>) -> Self {
        self.event_types = Some(value.into());
        self
    }

    /// Sets `actor_ids`.
    #[must_use]
    pub fn actor_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.actor_ids = Some(value.into());
        self
    }

    /// Sets `actor_emails`.
    #[must_use]
    pub fn actor_emails(mut self, value: impl Into<Vec<String>>) -> Self {
        self.actor_emails = Some(value.into());
        self
    }

    /// Sets `resource_ids`.
    #[must_use]
    pub fn resource_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.resource_ids = Some(value.into());
        self
    }

    /// Sets `tenant_only`.
    #[must_use]
    pub fn tenant_only(mut self, value: impl Into<bool>) -> Self {
        self.tenant_only = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `before`.
    #[must_use]
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}

/// Bounds on an audit entry's time, in Unix seconds; set any combination.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogEffectiveAtFilter {
    /// Only entries strictly after this time.
    pub gt: Option<i64>,
    /// Only entries at or after this time.
    pub gte: Option<i64>,
    /// Only entries strictly before this time.
    pub lt: Option<i64>,
    /// Only entries at or before this time.
    pub lte: Option<i64>,
}

impl Serialize for AuditLogEffectiveAtFilter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "gt", &self.gt)?;
        codec::optional_entry(&mut map, "gte", &self.gte)?;
        codec::optional_entry(&mut map, "lt", &self.lt)?;
        codec::optional_entry(&mut map, "lte", &self.lte)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogEffectiveAtFilter {
    const EXPECTING: &'static str = "an `AuditLogEffectiveAtFilter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "gt" => self.gt = map.next_value()?,
            "gte" => self.gte = map.next_value()?,
            "lt" => self.lt = map.next_value()?,
            "lte" => self.lte = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogEffectiveAtFilter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl AuditLogEffectiveAtFilter {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `gt`.
    #[must_use]
    pub fn gt(mut self, value: impl Into<i64>) -> Self {
        self.gt = Some(value.into());
        self
    }

    /// Sets `gte`.
    #[must_use]
    pub fn gte(mut self, value: impl Into<i64>) -> Self {
        self.gte = Some(value.into());
        self
    }

    /// Sets `lt`.
    #[must_use]
    pub fn lt(mut self, value: impl Into<i64>) -> Self {
        self.lt = Some(value.into());
        self
    }

    /// Sets `lte`.
    #[must_use]
    pub fn lte(mut self, value: impl Into<i64>) -> Self {
        self.lte = Some(value.into());
        self
    }
}

/// Kind of recorded action, written `<object>.<action>` such as
/// `project.created` or `login.failed`.
#[derive(Debug, Clone)]
pub enum AuditLogEventType {
    /// `api_key.created`
    ApiKeyCreated,
    /// `api_key.updated`
    ApiKeyUpdated,
    /// `api_key.deleted`
    ApiKeyDeleted,
    /// `certificate.created`
    CertificateCreated,
    /// `certificate.updated`
    CertificateUpdated,
    /// `certificate.deleted`
    CertificateDeleted,
    /// `certificates.activated`
    CertificatesActivated,
    /// `certificates.deactivated`
    CertificatesDeactivated,
    /// `checkpoint.permission.created`
    CheckpointPermissionCreated,
    /// `checkpoint.permission.deleted`
    CheckpointPermissionDeleted,
    /// `external_key.registered`
    ExternalKeyRegistered,
    /// `external_key.removed`
    ExternalKeyRemoved,
    /// `group.created`
    GroupCreated,
    /// `group.updated`
    GroupUpdated,
    /// `group.deleted`
    GroupDeleted,
    /// `invite.sent`
    InviteSent,
    /// `invite.accepted`
    InviteAccepted,
    /// `invite.deleted`
    InviteDeleted,
    /// `ip_allowlist.created`
    IpAllowlistCreated,
    /// `ip_allowlist.updated`
    IpAllowlistUpdated,
    /// `ip_allowlist.deleted`
    IpAllowlistDeleted,
    /// `ip_allowlist.config.activated`
    IpAllowlistConfigActivated,
    /// `ip_allowlist.config.deactivated`
    IpAllowlistConfigDeactivated,
    /// `login.succeeded`
    LoginSucceeded,
    /// `login.failed`
    LoginFailed,
    /// `logout.succeeded`
    LogoutSucceeded,
    /// `logout.failed`
    LogoutFailed,
    /// `organization.updated`
    OrganizationUpdated,
    /// `project.created`
    ProjectCreated,
    /// `project.updated`
    ProjectUpdated,
    /// `project.archived`
    ProjectArchived,
    /// `project.deleted`
    ProjectDeleted,
    /// `rate_limit.updated`
    RateLimitUpdated,
    /// `rate_limit.deleted`
    RateLimitDeleted,
    /// `resource.deleted`
    ResourceDeleted,
    /// `tunnel.created`
    TunnelCreated,
    /// `tunnel.updated`
    TunnelUpdated,
    /// `tunnel.deleted`
    TunnelDeleted,
    /// `workload_identity_provider.created`
    WorkloadIdentityProviderCreated,
    /// `workload_identity_provider.updated`
    WorkloadIdentityProviderUpdated,
    /// `workload_identity_provider.deleted`
    WorkloadIdentityProviderDeleted,
    /// `workload_identity_provider_mapping.created`
    WorkloadIdentityProviderMappingCreated,
    /// `workload_identity_provider_mapping.updated`
    WorkloadIdentityProviderMappingUpdated,
    /// `workload_identity_provider_mapping.deleted`
    WorkloadIdentityProviderMappingDeleted,
    /// `role.created`
    RoleCreated,
    /// `role.updated`
    RoleUpdated,
    /// `role.deleted`
    RoleDeleted,
    /// `role.assignment.created`
    RoleAssignmentCreated,
    /// `role.assignment.deleted`
    RoleAssignmentDeleted,
    /// `role.bound_to_resource`
    RoleBoundToResource,
    /// `role.unbound_from_resource`
    RoleUnboundFromResource,
    /// `scim.enabled`
    ScimEnabled,
    /// `scim.disabled`
    ScimDisabled,
    /// `service_account.created`
    ServiceAccountCreated,
    /// `service_account.updated`
    ServiceAccountUpdated,
    /// `service_account.deleted`
    ServiceAccountDeleted,
    /// `user.added`
    UserAdded,
    /// `user.updated`
    UserUpdated,
    /// `user.deleted`
    UserDeleted,
    /// `tenant.metadata.updated`
    TenantMetadataUpdated,
    /// `tenant.microsoft_entra_mapping.upserted`
    TenantMicrosoftEntraMappingUpserted,
    /// `tenant.microsoft_entra_mapping.deleted`
    TenantMicrosoftEntraMappingDeleted,
    /// `tenant.workload_identity.provider.created`
    TenantWorkloadIdentityProviderCreated,
    /// `tenant.workload_identity.provider.updated`
    TenantWorkloadIdentityProviderUpdated,
    /// `tenant.workload_identity.provider.archived`
    TenantWorkloadIdentityProviderArchived,
    /// `tenant.workload_identity.mapping.created`
    TenantWorkloadIdentityMappingCreated,
    /// `tenant.workload_identity.mapping.updated`
    TenantWorkloadIdentityMappingUpdated,
    /// `tenant.workload_identity.mapping.archived`
    TenantWorkloadIdentityMappingArchived,
    /// `tenant.workload_identity.binding.created`
    TenantWorkloadIdentityBindingCreated,
    /// `tenant.workload_identity.principal.provisioned`
    TenantWorkloadIdentityPrincipalProvisioned,
    /// `tenant.workload_identity.access_token.issued`
    TenantWorkloadIdentityAccessTokenIssued,
    /// `tenant.admin_api_key.created`
    TenantAdminApiKeyCreated,
    /// `tenant.admin_api_key.updated`
    TenantAdminApiKeyUpdated,
    /// `tenant.admin_api_key.deleted`
    TenantAdminApiKeyDeleted,
    /// `tenant.project_api_key.created`
    TenantProjectApiKeyCreated,
    /// `tenant.chatgpt_access_token.revoked`
    TenantChatgptAccessTokenRevoked,
    /// `tenant.migration.completed`
    TenantMigrationCompleted,
    /// `tenant.sso.migrated`
    TenantSsoMigrated,
    /// `tenant.domains.migrated`
    TenantDomainsMigrated,
    /// `tenant.sso_connection.created`
    TenantSsoConnectionCreated,
    /// `tenant.sso_connection.updated`
    TenantSsoConnectionUpdated,
    /// `tenant.sso_connection.deleted`
    TenantSsoConnectionDeleted,
    /// `tenant.sso_connection.setup.started`
    TenantSsoConnectionSetupStarted,
    /// `tenant.policy.created`
    TenantPolicyCreated,
    /// `tenant.policy.updated`
    TenantPolicyUpdated,
    /// `tenant.policy.deleted`
    TenantPolicyDeleted,
    /// `tenant.policy.attached`
    TenantPolicyAttached,
    /// `tenant.policy.detached`
    TenantPolicyDetached,
    /// `tenant.principal_authentication_policy.resolved`
    TenantPrincipalAuthenticationPolicyResolved,
    /// `tenant.scim.setup.started`
    TenantScimSetupStarted,
    /// `tenant.scim.deletion.requested`
    TenantScimDeletionRequested,
    /// `tenant.scim.directory.created`
    TenantScimDirectoryCreated,
    /// `tenant.product_access_policy.updated`
    TenantProductAccessPolicyUpdated,
    /// `tenant.resource_share_grant.created`
    TenantResourceShareGrantCreated,
    /// `tenant.resource_share_grant.updated`
    TenantResourceShareGrantUpdated,
    /// `tenant.resource_share_grant.accepted`
    TenantResourceShareGrantAccepted,
    /// `tenant.resource_share_grant.declined`
    TenantResourceShareGrantDeclined,
    /// `tenant.resource_share_grant.revoked`
    TenantResourceShareGrantRevoked,
    /// `tenant.resource_share_grant.deleted`
    TenantResourceShareGrantDeleted,
    /// `tenant.service_account.updated`
    TenantServiceAccountUpdated,
    /// `tenant.service_account.deleted`
    TenantServiceAccountDeleted,
    /// `tenant.service_account.token.revoked`
    TenantServiceAccountTokenRevoked,
    /// `tenant.billing.overage_limit.updated`
    TenantBillingOverageLimitUpdated,
    /// `tenant.billing.alerts.updated`
    TenantBillingAlertsUpdated,
    /// `tenant.billing.info.updated`
    TenantBillingInfoUpdated,
    /// `tenant.usage_limit.workspace.updated`
    TenantUsageLimitWorkspaceUpdated,
    /// `tenant.usage_limit.group.updated`
    TenantUsageLimitGroupUpdated,
    /// `tenant.usage_limit.user.updated`
    TenantUsageLimitUserUpdated,
    /// `tenant.usage_limit.increase_request.updated`
    TenantUsageLimitIncreaseRequestUpdated,
    /// `tenant.usage_limit.increase_request.resolved`
    TenantUsageLimitIncreaseRequestResolved,
    /// `tenant.group.created`
    TenantGroupCreated,
    /// `tenant.group.updated`
    TenantGroupUpdated,
    /// `tenant.group.deleted`
    TenantGroupDeleted,
    /// `tenant.group.member.added`
    TenantGroupMemberAdded,
    /// `tenant.group.member.removed`
    TenantGroupMemberRemoved,
    /// `tenant.migration_rollout.status.updated`
    TenantMigrationRolloutStatusUpdated,
    /// `tenant.migration_rollout.tier.updated`
    TenantMigrationRolloutTierUpdated,
    /// `tenant.role.metadata.updated`
    TenantRoleMetadataUpdated,
    /// `tenant.custom_role.created`
    TenantCustomRoleCreated,
    /// `tenant.custom_role.updated`
    TenantCustomRoleUpdated,
    /// `tenant.custom_role.deleted`
    TenantCustomRoleDeleted,
    /// `tenant.role_assignment.created`
    TenantRoleAssignmentCreated,
    /// `tenant.role_assignment.deleted`
    TenantRoleAssignmentDeleted,
    /// `tenant.resource_role_assignment.created`
    TenantResourceRoleAssignmentCreated,
    /// `tenant.resource_role_assignment.deleted`
    TenantResourceRoleAssignmentDeleted,
    /// `tenant.resource_access.updated`
    TenantResourceAccessUpdated,
    /// `tenant.resource_access.deleted`
    TenantResourceAccessDeleted,
    /// `tenant.ads_account.onboarding.redemption`
    TenantAdsAccountOnboardingRedemption,
    /// `tenant.session_policy.created`
    TenantSessionPolicyCreated,
    /// `tenant.session_policy.updated`
    TenantSessionPolicyUpdated,
    /// `tenant.session_policy.deleted`
    TenantSessionPolicyDeleted,
    /// `tenant.session_revocation.started`
    TenantSessionRevocationStarted,
    /// `tenant.third_party_app_policy.updated`
    TenantThirdPartyAppPolicyUpdated,
    /// `tenant.user.added`
    TenantUserAdded,
    /// `tenant.user.updated`
    TenantUserUpdated,
    /// `tenant.user.removed`
    TenantUserRemoved,
    /// `tenant.user.looked_up`
    TenantUserLookedUp,
    /// `tenant.user.invited`
    TenantUserInvited,
    /// `tenant.membership.revoked`
    TenantMembershipRevoked,
    /// `tenant.api_organization_invite.upserted`
    TenantApiOrganizationInviteUpserted,
    /// `tenant.api_organization_invite.deleted`
    TenantApiOrganizationInviteDeleted,
    /// `tenant.chatgpt_workspace_invite.upserted`
    TenantChatgptWorkspaceInviteUpserted,
    /// `tenant.membership.accepted`
    TenantMembershipAccepted,
    /// `tenant.membership.declined`
    TenantMembershipDeclined,
    /// `tenant.workspace_invite_email_settings.updated`
    TenantWorkspaceInviteEmailSettingsUpdated,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for AuditLogEventType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl AuditLogEventType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiKeyCreated => "api_key.created",
            Self::ApiKeyUpdated => "api_key.updated",
            Self::ApiKeyDeleted => "api_key.deleted",
            Self::CertificateCreated => "certificate.created",
            Self::CertificateUpdated => "certificate.updated",
            Self::CertificateDeleted => "certificate.deleted",
            Self::CertificatesActivated => "certificates.activated",
            Self::CertificatesDeactivated => "certificates.deactivated",
            Self::CheckpointPermissionCreated => "checkpoint.permission.created",
            Self::CheckpointPermissionDeleted => "checkpoint.permission.deleted",
            Self::ExternalKeyRegistered => "external_key.registered",
            Self::ExternalKeyRemoved => "external_key.removed",
            Self::GroupCreated => "group.created",
            Self::GroupUpdated => "group.updated",
            Self::GroupDeleted => "group.deleted",
            Self::InviteSent => "invite.sent",
            Self::InviteAccepted => "invite.accepted",
            Self::InviteDeleted => "invite.deleted",
            Self::IpAllowlistCreated => "ip_allowlist.created",
            Self::IpAllowlistUpdated => "ip_allowlist.updated",
            Self::IpAllowlistDeleted => "ip_allowlist.deleted",
            Self::IpAllowlistConfigActivated => "ip_allowlist.config.activated",
            Self::IpAllowlistConfigDeactivated => "ip_allowlist.config.deactivated",
            Self::LoginSucceeded => "login.succeeded",
            Self::LoginFailed => "login.failed",
            Self::LogoutSucceeded => "logout.succeeded",
            Self::LogoutFailed => "logout.failed",
            Self::OrganizationUpdated => "organization.updated",
            Self::ProjectCreated => "project.created",
            Self::ProjectUpdated => "project.updated",
            Self::ProjectArchived => "project.archived",
            Self::ProjectDeleted => "project.deleted",
            Self::RateLimitUpdated => "rate_limit.updated",
            Self::RateLimitDeleted => "rate_limit.deleted",
            Self::ResourceDeleted => "resource.deleted",
            Self::TunnelCreated => "tunnel.created",
            Self::TunnelUpdated => "tunnel.updated",
            Self::TunnelDeleted => "tunnel.deleted",
            Self::WorkloadIdentityProviderCreated => "workload_identity_provider.created",
            Self::WorkloadIdentityProviderUpdated => "workload_identity_provider.updated",
            Self::WorkloadIdentityProviderDeleted => "workload_identity_provider.deleted",
            Self::WorkloadIdentityProviderMappingCreated => {
                "workload_identity_provider_mapping.created"
            }
            Self::WorkloadIdentityProviderMappingUpdated => {
                "workload_identity_provider_mapping.updated"
            }
            Self::WorkloadIdentityProviderMappingDeleted => {
                "workload_identity_provider_mapping.deleted"
            }
            Self::RoleCreated => "role.created",
            Self::RoleUpdated => "role.updated",
            Self::RoleDeleted => "role.deleted",
            Self::RoleAssignmentCreated => "role.assignment.created",
            Self::RoleAssignmentDeleted => "role.assignment.deleted",
            Self::RoleBoundToResource => "role.bound_to_resource",
            Self::RoleUnboundFromResource => "role.unbound_from_resource",
            Self::ScimEnabled => "scim.enabled",
            Self::ScimDisabled => "scim.disabled",
            Self::ServiceAccountCreated => "service_account.created",
            Self::ServiceAccountUpdated => "service_account.updated",
            Self::ServiceAccountDeleted => "service_account.deleted",
            Self::UserAdded => "user.added",
            Self::UserUpdated => "user.updated",
            Self::UserDeleted => "user.deleted",
            Self::TenantMetadataUpdated => "tenant.metadata.updated",
            Self::TenantMicrosoftEntraMappingUpserted => {
                "tenant.microsoft_entra_mapping.upserted"
            }
            Self::TenantMicrosoftEntraMappingDeleted => {
                "tenant.microsoft_entra_mapping.deleted"
            }
            Self::TenantWorkloadIdentityProviderCreated => {
                "tenant.workload_identity.provider.created"
            }
            Self::TenantWorkloadIdentityProviderUpdated => {
                "tenant.workload_identity.provider.updated"
            }
            Self::TenantWorkloadIdentityProviderArchived => {
                "tenant.workload_identity.provider.archived"
            }
            Self::TenantWorkloadIdentityMappingCreated => {
                "tenant.workload_identity.mapping.created"
            }
            Self::TenantWorkloadIdentityMappingUpdated => {
                "tenant.workload_identity.mapping.updated"
            }
            Self::TenantWorkloadIdentityMappingArchived => {
                "tenant.workload_identity.mapping.archived"
            }
            Self::TenantWorkloadIdentityBindingCreated => {
                "tenant.workload_identity.binding.created"
            }
            Self::TenantWorkloadIdentityPrincipalProvisioned => {
                "tenant.workload_identity.principal.provisioned"
            }
            Self::TenantWorkloadIdentityAccessTokenIssued => {
                "tenant.workload_identity.access_token.issued"
            }
            Self::TenantAdminApiKeyCreated => "tenant.admin_api_key.created",
            Self::TenantAdminApiKeyUpdated => "tenant.admin_api_key.updated",
            Self::TenantAdminApiKeyDeleted => "tenant.admin_api_key.deleted",
            Self::TenantProjectApiKeyCreated => "tenant.project_api_key.created",
            Self::TenantChatgptAccessTokenRevoked => {
                "tenant.chatgpt_access_token.revoked"
            }
            Self::TenantMigrationCompleted => "tenant.migration.completed",
            Self::TenantSsoMigrated => "tenant.sso.migrated",
            Self::TenantDomainsMigrated => "tenant.domains.migrated",
            Self::TenantSsoConnectionCreated => "tenant.sso_connection.created",
            Self::TenantSsoConnectionUpdated => "tenant.sso_connection.updated",
            Self::TenantSsoConnectionDeleted => "tenant.sso_connection.deleted",
            Self::TenantSsoConnectionSetupStarted => {
                "tenant.sso_connection.setup.started"
            }
            Self::TenantPolicyCreated => "tenant.policy.created",
            Self::TenantPolicyUpdated => "tenant.policy.updated",
            Self::TenantPolicyDeleted => "tenant.policy.deleted",
            Self::TenantPolicyAttached => "tenant.policy.attached",
            Self::TenantPolicyDetached => "tenant.policy.detached",
            Self::TenantPrincipalAuthenticationPolicyResolved => {
                "tenant.principal_authentication_policy.resolved"
            }
            Self::TenantScimSetupStarted => "tenant.scim.setup.started",
            Self::TenantScimDeletionRequested => "tenant.scim.deletion.requested",
            Self::TenantScimDirectoryCreated => "tenant.scim.directory.created",
            Self::TenantProductAccessPolicyUpdated => {
                "tenant.product_access_policy.updated"
            }
            Self::TenantResourceShareGrantCreated => {
                "tenant.resource_share_grant.created"
            }
            Self::TenantResourceShareGrantUpdated => {
                "tenant.resource_share_grant.updated"
            }
            Self::TenantResourceShareGrantAccepted => {
                "tenant.resource_share_grant.accepted"
            }
            Self::TenantResourceShareGrantDeclined => {
                "tenant.resource_share_grant.declined"
            }
            Self::TenantResourceShareGrantRevoked => {
                "tenant.resource_share_grant.revoked"
            }
            Self::TenantResourceShareGrantDeleted => {
                "tenant.resource_share_grant.deleted"
            }
            Self::TenantServiceAccountUpdated => "tenant.service_account.updated",
            Self::TenantServiceAccountDeleted => "tenant.service_account.deleted",
            Self::TenantServiceAccountTokenRevoked => {
                "tenant.service_account.token.revoked"
            }
            Self::TenantBillingOverageLimitUpdated => {
                "tenant.billing.overage_limit.updated"
            }
            Self::TenantBillingAlertsUpdated => "tenant.billing.alerts.updated",
            Self::TenantBillingInfoUpdated => "tenant.billing.info.updated",
            Self::TenantUsageLimitWorkspaceUpdated => {
                "tenant.usage_limit.workspace.updated"
            }
            Self::TenantUsageLimitGroupUpdated => "tenant.usage_limit.group.updated",
            Self::TenantUsageLimitUserUpdated => "tenant.usage_limit.user.updated",
            Self::TenantUsageLimitIncreaseRequestUpdated => {
                "tenant.usage_limit.increase_request.updated"
            }
            Self::TenantUsageLimitIncreaseRequestResolved => {
                "tenant.usage_limit.increase_request.resolved"
            }
            Self::TenantGroupCreated => "tenant.group.created",
            Self::TenantGroupUpdated => "tenant.group.updated",
            Self::TenantGroupDeleted => "tenant.group.deleted",
            Self::TenantGroupMemberAdded => "tenant.group.member.added",
            Self::TenantGroupMemberRemoved => "tenant.group.member.removed",
            Self::TenantMigrationRolloutStatusUpdated => {
                "tenant.migration_rollout.status.updated"
            }
            Self::TenantMigrationRolloutTierUpdated => {
                "tenant.migration_rollout.tier.updated"
            }
            Self::TenantRoleMetadataUpdated => "tenant.role.metadata.updated",
            Self::TenantCustomRoleCreated => "tenant.custom_role.created",
            Self::TenantCustomRoleUpdated => "tenant.custom_role.updated",
            Self::TenantCustomRoleDeleted => "tenant.custom_role.deleted",
            Self::TenantRoleAssignmentCreated => "tenant.role_assignment.created",
            Self::TenantRoleAssignmentDeleted => "tenant.role_assignment.deleted",
            Self::TenantResourceRoleAssignmentCreated => {
                "tenant.resource_role_assignment.created"
            }
            Self::TenantResourceRoleAssignmentDeleted => {
                "tenant.resource_role_assignment.deleted"
            }
            Self::TenantResourceAccessUpdated => "tenant.resource_access.updated",
            Self::TenantResourceAccessDeleted => "tenant.resource_access.deleted",
            Self::TenantAdsAccountOnboardingRedemption => {
                "tenant.ads_account.onboarding.redemption"
            }
            Self::TenantSessionPolicyCreated => "tenant.session_policy.created",
            Self::TenantSessionPolicyUpdated => "tenant.session_policy.updated",
            Self::TenantSessionPolicyDeleted => "tenant.session_policy.deleted",
            Self::TenantSessionRevocationStarted => "tenant.session_revocation.started",
            Self::TenantThirdPartyAppPolicyUpdated => {
                "tenant.third_party_app_policy.updated"
            }
            Self::TenantUserAdded => "tenant.user.added",
            Self::TenantUserUpdated => "tenant.user.updated",
            Self::TenantUserRemoved => "tenant.user.removed",
            Self::TenantUserLookedUp => "tenant.user.looked_up",
            Self::TenantUserInvited => "tenant.user.invited",
            Self::TenantMembershipRevoked => "tenant.membership.revoked",
            Self::TenantApiOrganizationInviteUpserted => {
                "tenant.api_organization_invite.upserted"
            }
            Self::TenantApiOrganizationInviteDeleted => {
                "tenant.api_organization_invite.deleted"
            }
            Self::TenantChatgptWorkspaceInviteUpserted => {
                "tenant.chatgpt_workspace_invite.upserted"
            }
            Self::TenantMembershipAccepted => "tenant.membership.accepted",
            Self::TenantMembershipDeclined => "tenant.membership.declined",
            Self::TenantWorkspaceInviteEmailSettingsUpdated => {
                "tenant.workspace_invite_email_settings.updated"
            }
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for AuditLogEventType {
    fn from(value: &str) -> Self {
        match value {
            "api_key.created" => Self::ApiKeyCreated,
            "api_key.updated" => Self::ApiKeyUpdated,
            "api_key.deleted" => Self::ApiKeyDeleted,
            "certificate.created" => Self::CertificateCreated,
            "certificate.updated" => Self::CertificateUpdated,
            "certificate.deleted" => Self::CertificateDeleted,
            "certificates.activated" => Self::CertificatesActivated,
            "certificates.deactivated" => Self::CertificatesDeactivated,
            "checkpoint.permission.created" => Self::CheckpointPermissionCreated,
            "checkpoint.permission.deleted" => Self::CheckpointPermissionDeleted,
            "external_key.registered" => Self::ExternalKeyRegistered,
            "external_key.removed" => Self::ExternalKeyRemoved,
            "group.created" => Self::GroupCreated,
            "group.updated" => Self::GroupUpdated,
            "group.deleted" => Self::GroupDeleted,
            "invite.sent" => Self::InviteSent,
            "invite.accepted" => Self::InviteAccepted,
            "invite.deleted" => Self::InviteDeleted,
            "ip_allowlist.created" => Self::IpAllowlistCreated,
            "ip_allowlist.updated" => Self::IpAllowlistUpdated,
            "ip_allowlist.deleted" => Self::IpAllowlistDeleted,
            "ip_allowlist.config.activated" => Self::IpAllowlistConfigActivated,
            "ip_allowlist.config.deactivated" => Self::IpAllowlistConfigDeactivated,
            "login.succeeded" => Self::LoginSucceeded,
            "login.failed" => Self::LoginFailed,
            "logout.succeeded" => Self::LogoutSucceeded,
            "logout.failed" => Self::LogoutFailed,
            "organization.updated" => Self::OrganizationUpdated,
            "project.created" => Self::ProjectCreated,
            "project.updated" => Self::ProjectUpdated,
            "project.archived" => Self::ProjectArchived,
            "project.deleted" => Self::ProjectDeleted,
            "rate_limit.updated" => Self::RateLimitUpdated,
            "rate_limit.deleted" => Self::RateLimitDeleted,
            "resource.deleted" => Self::ResourceDeleted,
            "tunnel.created" => Self::TunnelCreated,
            "tunnel.updated" => Self::TunnelUpdated,
            "tunnel.deleted" => Self::TunnelDeleted,
            "workload_identity_provider.created" => Self::WorkloadIdentityProviderCreated,
            "workload_identity_provider.updated" => Self::WorkloadIdentityProviderUpdated,
            "workload_identity_provider.deleted" => Self::WorkloadIdentityProviderDeleted,
            "workload_identity_provider_mapping.created" => {
                Self::WorkloadIdentityProviderMappingCreated
            }
            "workload_identity_provider_mapping.updated" => {
                Self::WorkloadIdentityProviderMappingUpdated
            }
            "workload_identity_provider_mapping.deleted" => {
                Self::WorkloadIdentityProviderMappingDeleted
            }
            "role.created" => Self::RoleCreated,
            "role.updated" => Self::RoleUpdated,
            "role.deleted" => Self::RoleDeleted,
            "role.assignment.created" => Self::RoleAssignmentCreated,
            "role.assignment.deleted" => Self::RoleAssignmentDeleted,
            "role.bound_to_resource" => Self::RoleBoundToResource,
            "role.unbound_from_resource" => Self::RoleUnboundFromResource,
            "scim.enabled" => Self::ScimEnabled,
            "scim.disabled" => Self::ScimDisabled,
            "service_account.created" => Self::ServiceAccountCreated,
            "service_account.updated" => Self::ServiceAccountUpdated,
            "service_account.deleted" => Self::ServiceAccountDeleted,
            "user.added" => Self::UserAdded,
            "user.updated" => Self::UserUpdated,
            "user.deleted" => Self::UserDeleted,
            "tenant.metadata.updated" => Self::TenantMetadataUpdated,
            "tenant.microsoft_entra_mapping.upserted" => {
                Self::TenantMicrosoftEntraMappingUpserted
            }
            "tenant.microsoft_entra_mapping.deleted" => {
                Self::TenantMicrosoftEntraMappingDeleted
            }
            "tenant.workload_identity.provider.created" => {
                Self::TenantWorkloadIdentityProviderCreated
            }
            "tenant.workload_identity.provider.updated" => {
                Self::TenantWorkloadIdentityProviderUpdated
            }
            "tenant.workload_identity.provider.archived" => {
                Self::TenantWorkloadIdentityProviderArchived
            }
            "tenant.workload_identity.mapping.created" => {
                Self::TenantWorkloadIdentityMappingCreated
            }
            "tenant.workload_identity.mapping.updated" => {
                Self::TenantWorkloadIdentityMappingUpdated
            }
            "tenant.workload_identity.mapping.archived" => {
                Self::TenantWorkloadIdentityMappingArchived
            }
            "tenant.workload_identity.binding.created" => {
                Self::TenantWorkloadIdentityBindingCreated
            }
            "tenant.workload_identity.principal.provisioned" => {
                Self::TenantWorkloadIdentityPrincipalProvisioned
            }
            "tenant.workload_identity.access_token.issued" => {
                Self::TenantWorkloadIdentityAccessTokenIssued
            }
            "tenant.admin_api_key.created" => Self::TenantAdminApiKeyCreated,
            "tenant.admin_api_key.updated" => Self::TenantAdminApiKeyUpdated,
            "tenant.admin_api_key.deleted" => Self::TenantAdminApiKeyDeleted,
            "tenant.project_api_key.created" => Self::TenantProjectApiKeyCreated,
            "tenant.chatgpt_access_token.revoked" => {
                Self::TenantChatgptAccessTokenRevoked
            }
            "tenant.migration.completed" => Self::TenantMigrationCompleted,
            "tenant.sso.migrated" => Self::TenantSsoMigrated,
            "tenant.domains.migrated" => Self::TenantDomainsMigrated,
            "tenant.sso_connection.created" => Self::TenantSsoConnectionCreated,
            "tenant.sso_connection.updated" => Self::TenantSsoConnectionUpdated,
            "tenant.sso_connection.deleted" => Self::TenantSsoConnectionDeleted,
            "tenant.sso_connection.setup.started" => {
                Self::TenantSsoConnectionSetupStarted
            }
            "tenant.policy.created" => Self::TenantPolicyCreated,
            "tenant.policy.updated" => Self::TenantPolicyUpdated,
            "tenant.policy.deleted" => Self::TenantPolicyDeleted,
            "tenant.policy.attached" => Self::TenantPolicyAttached,
            "tenant.policy.detached" => Self::TenantPolicyDetached,
            "tenant.principal_authentication_policy.resolved" => {
                Self::TenantPrincipalAuthenticationPolicyResolved
            }
            "tenant.scim.setup.started" => Self::TenantScimSetupStarted,
            "tenant.scim.deletion.requested" => Self::TenantScimDeletionRequested,
            "tenant.scim.directory.created" => Self::TenantScimDirectoryCreated,
            "tenant.product_access_policy.updated" => {
                Self::TenantProductAccessPolicyUpdated
            }
            "tenant.resource_share_grant.created" => {
                Self::TenantResourceShareGrantCreated
            }
            "tenant.resource_share_grant.updated" => {
                Self::TenantResourceShareGrantUpdated
            }
            "tenant.resource_share_grant.accepted" => {
                Self::TenantResourceShareGrantAccepted
            }
            "tenant.resource_share_grant.declined" => {
                Self::TenantResourceShareGrantDeclined
            }
            "tenant.resource_share_grant.revoked" => {
                Self::TenantResourceShareGrantRevoked
            }
            "tenant.resource_share_grant.deleted" => {
                Self::TenantResourceShareGrantDeleted
            }
            "tenant.service_account.updated" => Self::TenantServiceAccountUpdated,
            "tenant.service_account.deleted" => Self::TenantServiceAccountDeleted,
            "tenant.service_account.token.revoked" => {
                Self::TenantServiceAccountTokenRevoked
            }
            "tenant.billing.overage_limit.updated" => {
                Self::TenantBillingOverageLimitUpdated
            }
            "tenant.billing.alerts.updated" => Self::TenantBillingAlertsUpdated,
            "tenant.billing.info.updated" => Self::TenantBillingInfoUpdated,
            "tenant.usage_limit.workspace.updated" => {
                Self::TenantUsageLimitWorkspaceUpdated
            }
            "tenant.usage_limit.group.updated" => Self::TenantUsageLimitGroupUpdated,
            "tenant.usage_limit.user.updated" => Self::TenantUsageLimitUserUpdated,
            "tenant.usage_limit.increase_request.updated" => {
                Self::TenantUsageLimitIncreaseRequestUpdated
            }
            "tenant.usage_limit.increase_request.resolved" => {
                Self::TenantUsageLimitIncreaseRequestResolved
            }
            "tenant.group.created" => Self::TenantGroupCreated,
            "tenant.group.updated" => Self::TenantGroupUpdated,
            "tenant.group.deleted" => Self::TenantGroupDeleted,
            "tenant.group.member.added" => Self::TenantGroupMemberAdded,
            "tenant.group.member.removed" => Self::TenantGroupMemberRemoved,
            "tenant.migration_rollout.status.updated" => {
                Self::TenantMigrationRolloutStatusUpdated
            }
            "tenant.migration_rollout.tier.updated" => {
                Self::TenantMigrationRolloutTierUpdated
            }
            "tenant.role.metadata.updated" => Self::TenantRoleMetadataUpdated,
            "tenant.custom_role.created" => Self::TenantCustomRoleCreated,
            "tenant.custom_role.updated" => Self::TenantCustomRoleUpdated,
            "tenant.custom_role.deleted" => Self::TenantCustomRoleDeleted,
            "tenant.role_assignment.created" => Self::TenantRoleAssignmentCreated,
            "tenant.role_assignment.deleted" => Self::TenantRoleAssignmentDeleted,
            "tenant.resource_role_assignment.created" => {
                Self::TenantResourceRoleAssignmentCreated
            }
            "tenant.resource_role_assignment.deleted" => {
                Self::TenantResourceRoleAssignmentDeleted
            }
            "tenant.resource_access.updated" => Self::TenantResourceAccessUpdated,
            "tenant.resource_access.deleted" => Self::TenantResourceAccessDeleted,
            "tenant.ads_account.onboarding.redemption" => {
                Self::TenantAdsAccountOnboardingRedemption
            }
            "tenant.session_policy.created" => Self::TenantSessionPolicyCreated,
            "tenant.session_policy.updated" => Self::TenantSessionPolicyUpdated,
            "tenant.session_policy.deleted" => Self::TenantSessionPolicyDeleted,
            "tenant.session_revocation.started" => Self::TenantSessionRevocationStarted,
            "tenant.third_party_app_policy.updated" => {
                Self::TenantThirdPartyAppPolicyUpdated
            }
            "tenant.user.added" => Self::TenantUserAdded,
            "tenant.user.updated" => Self::TenantUserUpdated,
            "tenant.user.removed" => Self::TenantUserRemoved,
            "tenant.user.looked_up" => Self::TenantUserLookedUp,
            "tenant.user.invited" => Self::TenantUserInvited,
            "tenant.membership.revoked" => Self::TenantMembershipRevoked,
            "tenant.api_organization_invite.upserted" => {
                Self::TenantApiOrganizationInviteUpserted
            }
            "tenant.api_organization_invite.deleted" => {
                Self::TenantApiOrganizationInviteDeleted
            }
            "tenant.chatgpt_workspace_invite.upserted" => {
                Self::TenantChatgptWorkspaceInviteUpserted
            }
            "tenant.membership.accepted" => Self::TenantMembershipAccepted,
            "tenant.membership.declined" => Self::TenantMembershipDeclined,
            "tenant.workspace_invite_email_settings.updated" => {
                Self::TenantWorkspaceInviteEmailSettingsUpdated
            }
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(AuditLogEventType);

/// A page of audit log entries.
#[derive(Debug, Clone, PartialEq)]
pub struct ListAuditLogsResponse {
    /// Always `list`.
    pub object: String,
    /// The entries on this page.
    pub data: Vec<AuditLog>,
    /// Id of the first entry on the page; pass it as `before` for the previous page.
    pub first_id: Option<String>,
    /// Id of the last entry on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more entries follow.
    pub has_more: bool,
}

impl Default for ListAuditLogsResponse {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            first_id: Default::default(),
            last_id: Default::default(),
            has_more: Default::default(),
        }
    }
}

impl Serialize for ListAuditLogsResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        codec::optional_entry(&mut map, "first_id", &self.first_id)?;
        codec::optional_entry(&mut map, "last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

impl codec::ObjectFields for ListAuditLogsResponse {
    const EXPECTING: &'static str = "a `ListAuditLogsResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value()?,
            "last_id" => self.last_id = map.next_value()?,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListAuditLogsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListAuditLogsResponse {
    type Item = AuditLog;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<AuditLog> {
        self.data
    }
}

/// One recorded action in the organization. `type` names the action; the
/// property named like that type (`project.created`, ...) holds its
/// details, and the other event properties are absent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLog {
    /// Id of the entry.
    pub id: String,
    /// The kind of action; also the name of the property with the details.
    pub r#type: AuditLogEventType,
    /// When the action took place, in seconds since the Unix epoch.
    pub effective_at: i64,
    /// Project the action happened in, if it was project-scoped. Actions
    /// performed with an admin key count as made in the default project.
    pub project: Option<AuditLogProject>,
    /// Who performed the action, when known.
    pub actor: Option<AuditLogActor>,
    /// Details of an `api_key.created` entry.
    pub api_key_created: Option<AuditLogApiKeyCreated>,
    /// Details of an `api_key.updated` entry.
    pub api_key_updated: Option<AuditLogApiKeyUpdated>,
    /// Details of an `api_key.deleted` entry: the tracking id of the removed key.
    pub api_key_deleted: Option<AuditLogObjectRef>,
    /// Details of a `checkpoint.permission.created` entry, which lets a project use a fine-tuned checkpoint.
    pub checkpoint_permission_created: Option<AuditLogCheckpointPermissionCreated>,
    /// Details of a `checkpoint.permission.deleted` entry: the id of the revoked permission.
    pub checkpoint_permission_deleted: Option<AuditLogObjectRef>,
    /// Details of an `external_key.registered` entry.
    pub external_key_registered: Option<AuditLogExternalKeyRegistered>,
    /// Details of an `external_key.removed` entry: the id of the removed configuration.
    pub external_key_removed: Option<AuditLogObjectRef>,
    /// Details of a `group.created` entry.
    pub group_created: Option<AuditLogGroupCreated>,
    /// Details of a `group.updated` entry.
    pub group_updated: Option<AuditLogGroupUpdated>,
    /// Details of a `group.deleted` entry: the id of the removed group.
    pub group_deleted: Option<AuditLogObjectRef>,
    /// Details of a `scim.enabled` entry: the id of the object SCIM provisioning was turned on for.
    pub scim_enabled: Option<AuditLogObjectRef>,
    /// Details of a `scim.disabled` entry: the id of the object SCIM provisioning was turned off for.
    pub scim_disabled: Option<AuditLogObjectRef>,
    /// Details of an `invite.sent` entry.
    pub invite_sent: Option<AuditLogInviteSent>,
    /// Details of an `invite.accepted` entry: the id of the invitation.
    pub invite_accepted: Option<AuditLogObjectRef>,
    /// Details of an `invite.deleted` entry: the id of the withdrawn invitation.
    pub invite_deleted: Option<AuditLogObjectRef>,
    /// Details of an `ip_allowlist.created` entry.
    pub ip_allowlist_created: Option<AuditLogIpAllowlist>,
    /// Details of an `ip_allowlist.updated` entry.
    pub ip_allowlist_updated: Option<AuditLogIpAllowlistUpdated>,
    /// Details of an `ip_allowlist.deleted` entry, with the addresses the configuration held.
    pub ip_allowlist_deleted: Option<AuditLogIpAllowlist>,
    /// Details of an `ip_allowlist.config.activated` entry: the configurations switched on.
    pub ip_allowlist_config_activated: Option<AuditLogIpAllowlistConfigs>,
    /// Details of an `ip_allowlist.config.deactivated` entry: the configurations switched off.
    pub ip_allowlist_config_deactivated: Option<AuditLogIpAllowlistConfigs>,
    /// Present on `login.succeeded` entries; carries nothing beyond the entry's common fields.
    pub login_succeeded: Option<serde_json::Value>,
    /// Details of a `login.failed` entry.
    pub login_failed: Option<AuditLogAuthFailure>,
    /// Present on `logout.succeeded` entries; carries nothing beyond the entry's common fields.
    pub logout_succeeded: Option<serde_json::Value>,
    /// Details of a `logout.failed` entry.
    pub logout_failed: Option<AuditLogAuthFailure>,
    /// Details of an `organization.updated` entry.
    pub organization_updated: Option<AuditLogOrganizationUpdated>,
    /// Details of a `project.created` entry.
    pub project_created: Option<AuditLogProjectCreated>,
    /// Details of a `project.updated` entry.
    pub project_updated: Option<AuditLogProjectUpdated>,
    /// Details of a `project.archived` entry: the id of the archived project.
    pub project_archived: Option<AuditLogObjectRef>,
    /// Details of a `project.deleted` entry: the id of the removed project.
    pub project_deleted: Option<AuditLogObjectRef>,
    /// Details of a `rate_limit.updated` entry.
    pub rate_limit_updated: Option<AuditLogRateLimitUpdated>,
    /// Details of a `rate_limit.deleted` entry: the id of the removed rate limit.
    pub rate_limit_deleted: Option<AuditLogObjectRef>,
    /// Details of a `role.created` entry.
    pub role_created: Option<AuditLogRoleCreated>,
    /// Details of a `role.updated` entry.
    pub role_updated: Option<AuditLogRoleUpdated>,
    /// Details of a `role.deleted` entry: the id of the removed role.
    pub role_deleted: Option<AuditLogObjectRef>,
    /// Details of a `role.assignment.created` entry: who was given which role, where.
    pub role_assignment_created: Option<AuditLogRoleAssignment>,
    /// Details of a `role.assignment.deleted` entry: who lost which role, where.
    pub role_assignment_deleted: Option<AuditLogRoleAssignment>,
    /// Details of a `role.bound_to_resource` entry (a tenant event).
    pub role_bound_to_resource: Option<AuditLogRoleResourceBinding>,
    /// Details of a `role.unbound_from_resource` entry (a tenant event); `permissions` lists what the role keeps.
    pub role_unbound_from_resource: Option<AuditLogRoleResourceBinding>,
    /// Details of a `service_account.created` entry.
    pub service_account_created: Option<AuditLogServiceAccountCreated>,
    /// Details of a `service_account.updated` entry.
    pub service_account_updated: Option<AuditLogServiceAccountUpdated>,
    /// Details of a `service_account.deleted` entry: the id of the removed account.
    pub service_account_deleted: Option<AuditLogObjectRef>,
    /// Details of a `workload_identity_provider.created` entry.
    pub workload_identity_provider_created: Option<
        AuditLogWorkloadIdentityProviderCreated,
    >,
    /// Details of a `workload_identity_provider.updated` entry.
    pub workload_identity_provider_updated: Option<
        AuditLogWorkloadIdentityProviderUpdated,
    >,
    /// Details of a `workload_identity_provider.deleted` entry.
    pub workload_identity_provider_deleted: Option<
        AuditLogWorkloadIdentityProviderDeleted,
    >,
    /// Details of a `workload_identity_provider_mapping.created` entry.
    pub workload_identity_provider_mapping_created: Option<
        AuditLogWorkloadIdentityProviderMappingCreated,
    >,
    /// Details of a `workload_identity_provider_mapping.updated` entry.
    pub workload_identity_provider_mapping_updated: Option<
        AuditLogWorkloadIdentityProviderMappingUpdated,
    >,
    /// Details of a `workload_identity_provider_mapping.deleted` entry.
    pub workload_identity_provider_mapping_deleted: Option<
        AuditLogWorkloadIdentityProviderMappingDeleted,
    >,
    /// Details of a `user.added` entry.
    pub user_added: Option<AuditLogUserAdded>,
    /// Details of a `user.updated` entry.
    pub user_updated: Option<AuditLogUserUpdated>,
    /// Details of a `user.deleted` entry: the id of the removed user.
    pub user_deleted: Option<AuditLogObjectRef>,
    /// Details of a `certificate.created` entry.
    pub certificate_created: Option<AuditLogCertificate>,
    /// Details of a `certificate.updated` entry.
    pub certificate_updated: Option<AuditLogCertificate>,
    /// Details of a `certificate.deleted` entry.
    pub certificate_deleted: Option<AuditLogCertificateDeleted>,
    /// Details of a `certificates.activated` entry: the certificates switched on.
    pub certificates_activated: Option<AuditLogCertificates>,
    /// Details of a `certificates.deactivated` entry: the certificates switched off.
    pub certificates_deactivated: Option<AuditLogCertificates>,
}

impl Serialize for AuditLog {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("effective_at", &self.effective_at)?;
        codec::optional_entry(&mut map, "project", &self.project)?;
        codec::optional_entry(&mut map, "actor", &self.actor)?;
        codec::optional_entry(&mut map, "api_key.created", &self.api_key_created)?;
        codec::optional_entry(&mut map, "api_key.updated", &self.api_key_updated)?;
        codec::optional_entry(&mut map, "api_key.deleted", &self.api_key_deleted)?;
        codec::optional_entry(
            &mut map,
            "checkpoint.permission.created",
            &self.checkpoint_permission_created,
        )?;
        codec::optional_entry(
            &mut map,
            "checkpoint.permission.deleted",
            &self.checkpoint_permission_deleted,
        )?;
        codec::optional_entry(
            &mut map,
            "external_key.registered",
            &self.external_key_registered,
        )?;
        codec::optional_entry(
            &mut map,
            "external_key.removed",
            &self.external_key_removed,
        )?;
        codec::optional_entry(&mut map, "group.created", &self.group_created)?;
        codec::optional_entry(&mut map, "group.updated", &self.group_updated)?;
        codec::optional_entry(&mut map, "group.deleted", &self.group_deleted)?;
        codec::optional_entry(&mut map, "scim.enabled", &self.scim_enabled)?;
        codec::optional_entry(&mut map, "scim.disabled", &self.scim_disabled)?;
        codec::optional_entry(&mut map, "invite.sent", &self.invite_sent)?;
        codec::optional_entry(&mut map, "invite.accepted", &self.invite_accepted)?;
        codec::optional_entry(&mut map, "invite.deleted", &self.invite_deleted)?;
        codec::optional_entry(
            &mut map,
            "ip_allowlist.created",
            &self.ip_allowlist_created,
        )?;
        codec::optional_entry(
            &mut map,
            "ip_allowlist.updated",
            &self.ip_allowlist_updated,
        )?;
        codec::optional_entry(
            &mut map,
            "ip_allowlist.deleted",
            &self.ip_allowlist_deleted,
        )?;
        codec::optional_entry(
            &mut map,
            "ip_allowlist.config.activated",
            &self.ip_allowlist_config_activated,
        )?;
        codec::optional_entry(
            &mut map,
            "ip_allowlist.config.deactivated",
            &self.ip_allowlist_config_deactivated,
        )?;
        codec::optional_entry(&mut map, "login.succeeded", &self.login_succeeded)?;
        codec::optional_entry(&mut map, "login.failed", &self.login_failed)?;
        codec::optional_entry(&mut map, "logout.succeeded", &self.logout_succeeded)?;
        codec::optional_entry(&mut map, "logout.failed", &self.logout_failed)?;
        codec::optional_entry(
            &mut map,
            "organization.updated",
            &self.organization_updated,
        )?;
        codec::optional_entry(&mut map, "project.created", &self.project_created)?;
        codec::optional_entry(&mut map, "project.updated", &self.project_updated)?;
        codec::optional_entry(&mut map, "project.archived", &self.project_archived)?;
        codec::optional_entry(&mut map, "project.deleted", &self.project_deleted)?;
        codec::optional_entry(&mut map, "rate_limit.updated", &self.rate_limit_updated)?;
        codec::optional_entry(&mut map, "rate_limit.deleted", &self.rate_limit_deleted)?;
        codec::optional_entry(&mut map, "role.created", &self.role_created)?;
        codec::optional_entry(&mut map, "role.updated", &self.role_updated)?;
        codec::optional_entry(&mut map, "role.deleted", &self.role_deleted)?;
        codec::optional_entry(
            &mut map,
            "role.assignment.created",
            &self.role_assignment_created,
        )?;
        codec::optional_entry(
            &mut map,
            "role.assignment.deleted",
            &self.role_assignment_deleted,
        )?;
        codec::optional_entry(
            &mut map,
            "role.bound_to_resource",
            &self.role_bound_to_resource,
        )?;
        codec::optional_entry(
            &mut map,
            "role.unbound_from_resource",
            &self.role_unbound_from_resource,
        )?;
        codec::optional_entry(
            &mut map,
            "service_account.created",
            &self.service_account_created,
        )?;
        codec::optional_entry(
            &mut map,
            "service_account.updated",
            &self.service_account_updated,
        )?;
        codec::optional_entry(
            &mut map,
            "service_account.deleted",
            &self.service_account_deleted,
        )?;
        codec::optional_entry(
            &mut map,
            "workload_identity_provider.created",
            &self.workload_identity_provider_created,
        )?;
        codec::optional_entry(
            &mut map,
            "workload_identity_provider.updated",
            &self.workload_identity_provider_updated,
        )?;
        codec::optional_entry(
            &mut map,
            "workload_identity_provider.deleted",
            &self.workload_identity_provider_deleted,
        )?;
        codec::optional_entry(
            &mut map,
            "workload_identity_provider_mapping.created",
            &self.workload_identity_provider_mapping_created,
        )?;
        codec::optional_entry(
            &mut map,
            "workload_identity_provider_mapping.updated",
            &self.workload_identity_provider_mapping_updated,
        )?;
        codec::optional_entry(
            &mut map,
            "workload_identity_provider_mapping.deleted",
            &self.workload_identity_provider_mapping_deleted,
        )?;
        codec::optional_entry(&mut map, "user.added", &self.user_added)?;
        codec::optional_entry(&mut map, "user.updated", &self.user_updated)?;
        codec::optional_entry(&mut map, "user.deleted", &self.user_deleted)?;
        codec::optional_entry(
            &mut map,
            "certificate.created",
            &self.certificate_created,
        )?;
        codec::optional_entry(
            &mut map,
            "certificate.updated",
            &self.certificate_updated,
        )?;
        codec::optional_entry(
            &mut map,
            "certificate.deleted",
            &self.certificate_deleted,
        )?;
        codec::optional_entry(
            &mut map,
            "certificates.activated",
            &self.certificates_activated,
        )?;
        codec::optional_entry(
            &mut map,
            "certificates.deactivated",
            &self.certificates_deactivated,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLog {
    const EXPECTING: &'static str = "an `AuditLog` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "effective_at" => {
                self.effective_at = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project" => self.project = map.next_value()?,
            "actor" => self.actor = map.next_value()?,
            "api_key.created" => self.api_key_created = map.next_value()?,
            "api_key.updated" => self.api_key_updated = map.next_value()?,
            "api_key.deleted" => self.api_key_deleted = map.next_value()?,
            "checkpoint.permission.created" => {
                self.checkpoint_permission_created = map.next_value()?;
            }
            "checkpoint.permission.deleted" => {
                self.checkpoint_permission_deleted = map.next_value()?;
            }
            "external_key.registered" => self.external_key_registered = map.next_value()?,
            "external_key.removed" => self.external_key_removed = map.next_value()?,
            "group.created" => self.group_created = map.next_value()?,
            "group.updated" => self.group_updated = map.next_value()?,
            "group.deleted" => self.group_deleted = map.next_value()?,
            "scim.enabled" => self.scim_enabled = map.next_value()?,
            "scim.disabled" => self.scim_disabled = map.next_value()?,
            "invite.sent" => self.invite_sent = map.next_value()?,
            "invite.accepted" => self.invite_accepted = map.next_value()?,
            "invite.deleted" => self.invite_deleted = map.next_value()?,
            "ip_allowlist.created" => self.ip_allowlist_created = map.next_value()?,
            "ip_allowlist.updated" => self.ip_allowlist_updated = map.next_value()?,
            "ip_allowlist.deleted" => self.ip_allowlist_deleted = map.next_value()?,
            "ip_allowlist.config.activated" => {
                self.ip_allowlist_config_activated = map.next_value()?;
            }
            "ip_allowlist.config.deactivated" => {
                self.ip_allowlist_config_deactivated = map.next_value()?;
            }
            "login.succeeded" => self.login_succeeded = map.next_value()?,
            "login.failed" => self.login_failed = map.next_value()?,
            "logout.succeeded" => self.logout_succeeded = map.next_value()?,
            "logout.failed" => self.logout_failed = map.next_value()?,
            "organization.updated" => self.organization_updated = map.next_value()?,
            "project.created" => self.project_created = map.next_value()?,
            "project.updated" => self.project_updated = map.next_value()?,
            "project.archived" => self.project_archived = map.next_value()?,
            "project.deleted" => self.project_deleted = map.next_value()?,
            "rate_limit.updated" => self.rate_limit_updated = map.next_value()?,
            "rate_limit.deleted" => self.rate_limit_deleted = map.next_value()?,
            "role.created" => self.role_created = map.next_value()?,
            "role.updated" => self.role_updated = map.next_value()?,
            "role.deleted" => self.role_deleted = map.next_value()?,
            "role.assignment.created" => self.role_assignment_created = map.next_value()?,
            "role.assignment.deleted" => self.role_assignment_deleted = map.next_value()?,
            "role.bound_to_resource" => self.role_bound_to_resource = map.next_value()?,
            "role.unbound_from_resource" => {
                self.role_unbound_from_resource = map.next_value()?;
            }
            "service_account.created" => self.service_account_created = map.next_value()?,
            "service_account.updated" => self.service_account_updated = map.next_value()?,
            "service_account.deleted" => self.service_account_deleted = map.next_value()?,
            "workload_identity_provider.created" => {
                self.workload_identity_provider_created = map.next_value()?;
            }
            "workload_identity_provider.updated" => {
                self.workload_identity_provider_updated = map.next_value()?;
            }
            "workload_identity_provider.deleted" => {
                self.workload_identity_provider_deleted = map.next_value()?;
            }
            "workload_identity_provider_mapping.created" => {
                self.workload_identity_provider_mapping_created = map.next_value()?;
            }
            "workload_identity_provider_mapping.updated" => {
                self.workload_identity_provider_mapping_updated = map.next_value()?;
            }
            "workload_identity_provider_mapping.deleted" => {
                self.workload_identity_provider_mapping_deleted = map.next_value()?;
            }
            "user.added" => self.user_added = map.next_value()?,
            "user.updated" => self.user_updated = map.next_value()?,
            "user.deleted" => self.user_deleted = map.next_value()?,
            "certificate.created" => self.certificate_created = map.next_value()?,
            "certificate.updated" => self.certificate_updated = map.next_value()?,
            "certificate.deleted" => self.certificate_deleted = map.next_value()?,
            "certificates.activated" => self.certificates_activated = map.next_value()?,
            "certificates.deactivated" => {
                self.certificates_deactivated = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLog {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Project the action happened in, if it was project-scoped. Actions
/// performed with an admin key count as made in the default project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogProject {
    /// Id of the project.
    pub id: Option<String>,
    /// Name of the project.
    pub name: Option<String>,
}

impl Serialize for AuditLogProject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogProject {
    const EXPECTING: &'static str = "an `AuditLogProject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogProject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Who performed an audited action; `type` tells which of `session` or `api_key` is set.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogActor {
    /// `session` for a signed-in user, `api_key` for a call made with a key.
    pub r#type: Option<AuditLogActorType>,
    /// The user session, when `type` is `session`.
    pub session: Option<AuditLogActorSession>,
    /// The key used, when `type` is `api_key`.
    pub api_key: Option<AuditLogActorApiKey>,
}

impl Serialize for AuditLogActor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "session", &self.session)?;
        codec::optional_entry(&mut map, "api_key", &self.api_key)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogActor {
    const EXPECTING: &'static str = "an `AuditLogActor` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "session" => self.session = map.next_value()?,
            "api_key" => self.api_key = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogActor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `session` for a signed-in user, `api_key` for a call made with a key.
#[derive(Debug, Clone)]
pub enum AuditLogActorType {
    /// `session`
    Session,
    /// `api_key`
    ApiKey,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for AuditLogActorType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl AuditLogActorType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Session => "session",
            Self::ApiKey => "api_key",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for AuditLogActorType {
    fn from(value: &str) -> Self {
        match value {
            "session" => Self::Session,
            "api_key" => Self::ApiKey,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(AuditLogActorType);

/// The signed-in session an action came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogActorSession {
    /// The signed-in user.
    pub user: Option<AuditLogActorUser>,
    /// Address the request came from.
    pub ip_address: Option<String>,
    /// Where that address is, as far as the service can place it.
    pub ip_address_details: Option<AuditLogIpAddressDetails>,
    /// User agent string of the browser or client.
    pub user_agent: Option<String>,
    /// JA3 fingerprint of the client's TLS handshake.
    pub ja3: Option<String>,
    /// JA4 fingerprint of the client's TLS handshake.
    pub ja4: Option<String>,
}

impl Serialize for AuditLogActorSession {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        codec::optional_entry(&mut map, "ip_address", &self.ip_address)?;
        codec::optional_entry(&mut map, "ip_address_details", &self.ip_address_details)?;
        codec::optional_entry(&mut map, "user_agent", &self.user_agent)?;
        codec::optional_entry(&mut map, "ja3", &self.ja3)?;
        codec::optional_entry(&mut map, "ja4", &self.ja4)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogActorSession {
    const EXPECTING: &'static str = "an `AuditLogActorSession` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "user" => self.user = map.next_value()?,
            "ip_address" => self.ip_address = map.next_value()?,
            "ip_address_details" => self.ip_address_details = map.next_value()?,
            "user_agent" => self.user_agent = map.next_value()?,
            "ja3" => self.ja3 = map.next_value()?,
            "ja4" => self.ja4 = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogActorSession {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A user who acted, as an audit entry records them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogActorUser {
    /// Id of the user.
    pub id: Option<String>,
    /// Email address of the user.
    pub email: Option<String>,
}

impl Serialize for AuditLogActorUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "email", &self.email)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogActorUser {
    const EXPECTING: &'static str = "an `AuditLogActorUser` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "email" => self.email = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogActorUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The approximate location of an address a session acted from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogIpAddressDetails {
    /// Two-letter country code.
    pub country: Option<String>,
    /// City name.
    pub city: Option<String>,
    /// Name of the region or state.
    pub region: Option<String>,
    /// Short code of the region or state.
    pub region_code: Option<String>,
    /// Number of the autonomous system (network) the address belongs to, as a string.
    pub asn: Option<String>,
    /// Latitude in decimal degrees, as a string.
    pub latitude: Option<String>,
    /// Longitude in decimal degrees, as a string.
    pub longitude: Option<String>,
}

impl Serialize for AuditLogIpAddressDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "country", &self.country)?;
        codec::optional_entry(&mut map, "city", &self.city)?;
        codec::optional_entry(&mut map, "region", &self.region)?;
        codec::optional_entry(&mut map, "region_code", &self.region_code)?;
        codec::optional_entry(&mut map, "asn", &self.asn)?;
        codec::optional_entry(&mut map, "latitude", &self.latitude)?;
        codec::optional_entry(&mut map, "longitude", &self.longitude)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogIpAddressDetails {
    const EXPECTING: &'static str = "an `AuditLogIpAddressDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "country" => self.country = map.next_value()?,
            "city" => self.city = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "region_code" => self.region_code = map.next_value()?,
            "asn" => self.asn = map.next_value()?,
            "latitude" => self.latitude = map.next_value()?,
            "longitude" => self.longitude = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogIpAddressDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The API key an action was performed with, and whom it belongs to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogActorApiKey {
    /// Tracking id of the key.
    pub id: Option<String>,
    /// Whether the key belongs to a user or to a service account.
    pub r#type: Option<AuditLogActorApiKeyType>,
    /// Owner of the key, when `type` is `user`.
    pub user: Option<AuditLogActorUser>,
    /// Owner of the key, when `type` is `service_account`.
    pub service_account: Option<AuditLogActorServiceAccount>,
}

impl Serialize for AuditLogActorApiKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        codec::optional_entry(&mut map, "service_account", &self.service_account)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogActorApiKey {
    const EXPECTING: &'static str = "an `AuditLogActorApiKey` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "user" => self.user = map.next_value()?,
            "service_account" => self.service_account = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogActorApiKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Whether the key belongs to a user or to a service account.
#[derive(Debug, Clone)]
pub enum AuditLogActorApiKeyType {
    /// `user`
    User,
    /// `service_account`
    ServiceAccount,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for AuditLogActorApiKeyType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl AuditLogActorApiKeyType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::ServiceAccount => "service_account",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for AuditLogActorApiKeyType {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "service_account" => Self::ServiceAccount,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(AuditLogActorApiKeyType);

/// A service account that acted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogActorServiceAccount {
    /// Id of the service account.
    pub id: Option<String>,
}

impl Serialize for AuditLogActorServiceAccount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogActorServiceAccount {
    const EXPECTING: &'static str = "an `AuditLogActorServiceAccount` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogActorServiceAccount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of an `api_key.created` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogApiKeyCreated {
    /// Tracking id of the new key.
    pub id: Option<String>,
    /// Settings the key was created with.
    pub data: Option<AuditLogApiKeyCreatedData>,
}

impl Serialize for AuditLogApiKeyCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogApiKeyCreated {
    const EXPECTING: &'static str = "an `AuditLogApiKeyCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogApiKeyCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Settings the key was created with.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogApiKeyCreatedData {
    /// Permissions granted to the key, such as `api.model.request`.
    pub scopes: Option<Vec<String>>,
}

impl Serialize for AuditLogApiKeyCreatedData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "scopes", &self.scopes)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogApiKeyCreatedData {
    const EXPECTING: &'static str = "an `AuditLogApiKeyCreatedData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "scopes" => self.scopes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogApiKeyCreatedData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of an `api_key.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogApiKeyUpdated {
    /// Tracking id of the changed key.
    pub id: Option<String>,
    /// The settings that were changed.
    pub changes_requested: Option<AuditLogApiKeyUpdatedChangesRequested>,
}

impl Serialize for AuditLogApiKeyUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogApiKeyUpdated {
    const EXPECTING: &'static str = "an `AuditLogApiKeyUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogApiKeyUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The settings that were changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogApiKeyUpdatedChangesRequested {
    /// Permissions granted to the key from now on, such as `api.model.request`.
    pub scopes: Option<Vec<String>>,
}

impl Serialize for AuditLogApiKeyUpdatedChangesRequested {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "scopes", &self.scopes)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogApiKeyUpdatedChangesRequested {
    const EXPECTING: &'static str = "an `AuditLogApiKeyUpdatedChangesRequested` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "scopes" => self.scopes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogApiKeyUpdatedChangesRequested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Audit details that only name the affected object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogObjectRef {
    /// Id of the affected object (see the event property for which kind).
    pub id: Option<String>,
}

impl Serialize for AuditLogObjectRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogObjectRef {
    const EXPECTING: &'static str = "an `AuditLogObjectRef` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogObjectRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `checkpoint.permission.created` entry, which lets a project use a fine-tuned checkpoint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogCheckpointPermissionCreated {
    /// Id of the new checkpoint permission.
    pub id: Option<String>,
    /// What the permission grants.
    pub data: Option<AuditLogCheckpointPermissionCreatedData>,
}

impl Serialize for AuditLogCheckpointPermissionCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogCheckpointPermissionCreated {
    const EXPECTING: &'static str = "an `AuditLogCheckpointPermissionCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogCheckpointPermissionCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// What the permission grants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogCheckpointPermissionCreatedData {
    /// Project that may now use the checkpoint.
    pub project_id: Option<String>,
    /// Id of the fine-tuned checkpoint being shared.
    pub fine_tuned_model_checkpoint: Option<String>,
}

impl Serialize for AuditLogCheckpointPermissionCreatedData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(
            &mut map,
            "fine_tuned_model_checkpoint",
            &self.fine_tuned_model_checkpoint,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogCheckpointPermissionCreatedData {
    const EXPECTING: &'static str = "an `AuditLogCheckpointPermissionCreatedData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "project_id" => self.project_id = map.next_value()?,
            "fine_tuned_model_checkpoint" => {
                self.fine_tuned_model_checkpoint = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogCheckpointPermissionCreatedData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of an `external_key.registered` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogExternalKeyRegistered {
    /// Id of the external key configuration.
    pub id: Option<String>,
    /// The registered configuration, as given.
    pub data: Option<serde_json::Value>,
}

impl Serialize for AuditLogExternalKeyRegistered {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogExternalKeyRegistered {
    const EXPECTING: &'static str = "an `AuditLogExternalKeyRegistered` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogExternalKeyRegistered {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `group.created` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogGroupCreated {
    /// Id of the new group.
    pub id: Option<String>,
    /// Settings of the new group.
    pub data: Option<AuditLogGroupCreatedData>,
}

impl Serialize for AuditLogGroupCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogGroupCreated {
    const EXPECTING: &'static str = "an `AuditLogGroupCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogGroupCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Settings of the new group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogGroupCreatedData {
    /// Name of the group.
    pub group_name: Option<String>,
}

impl Serialize for AuditLogGroupCreatedData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "group_name", &self.group_name)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogGroupCreatedData {
    const EXPECTING: &'static str = "an `AuditLogGroupCreatedData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "group_name" => self.group_name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogGroupCreatedData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `group.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogGroupUpdated {
    /// Id of the changed group.
    pub id: Option<String>,
    /// The settings that were changed.
    pub changes_requested: Option<AuditLogGroupUpdatedChangesRequested>,
}

impl Serialize for AuditLogGroupUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogGroupUpdated {
    const EXPECTING: &'static str = "an `AuditLogGroupUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogGroupUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The settings that were changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogGroupUpdatedChangesRequested {
    /// New name of the group.
    pub group_name: Option<String>,
}

impl Serialize for AuditLogGroupUpdatedChangesRequested {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "group_name", &self.group_name)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogGroupUpdatedChangesRequested {
    const EXPECTING: &'static str = "an `AuditLogGroupUpdatedChangesRequested` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "group_name" => self.group_name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogGroupUpdatedChangesRequested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of an `invite.sent` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogInviteSent {
    /// Id of the invitation.
    pub id: Option<String>,
    /// What the invitation offers.
    pub data: Option<AuditLogInviteSentData>,
}

impl Serialize for AuditLogInviteSent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogInviteSent {
    const EXPECTING: &'static str = "an `AuditLogInviteSent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogInviteSent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// What the invitation offers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogInviteSentData {
    /// Address the invitation went to.
    pub email: Option<String>,
    /// Organization role offered, `owner` or `member`.
    pub role: Option<String>,
}

impl Serialize for AuditLogInviteSentData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "email", &self.email)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogInviteSentData {
    const EXPECTING: &'static str = "an `AuditLogInviteSentData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "email" => self.email = map.next_value()?,
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogInviteSentData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An IP allowlist configuration named in an audit entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogIpAllowlist {
    /// Id of the allowlist configuration.
    pub id: Option<String>,
    /// Name of the allowlist configuration.
    pub name: Option<String>,
    /// Addresses and CIDR ranges in the configuration.
    pub allowed_ips: Option<Vec<String>>,
}

impl Serialize for AuditLogIpAllowlist {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "allowed_ips", &self.allowed_ips)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogIpAllowlist {
    const EXPECTING: &'static str = "an `AuditLogIpAllowlist` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "allowed_ips" => self.allowed_ips = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogIpAllowlist {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of an `ip_allowlist.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogIpAllowlistUpdated {
    /// Id of the allowlist configuration.
    pub id: Option<String>,
    /// Addresses and CIDR ranges the configuration holds after the change.
    pub allowed_ips: Option<Vec<String>>,
}

impl Serialize for AuditLogIpAllowlistUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "allowed_ips", &self.allowed_ips)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogIpAllowlistUpdated {
    const EXPECTING: &'static str = "an `AuditLogIpAllowlistUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "allowed_ips" => self.allowed_ips = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogIpAllowlistUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// IP allowlist configurations switched on or off together.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogIpAllowlistConfigs {
    /// The configurations concerned.
    pub configs: Option<Vec<AuditLogIpAllowlistConfig>>,
}

impl Serialize for AuditLogIpAllowlistConfigs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "configs", &self.configs)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogIpAllowlistConfigs {
    const EXPECTING: &'static str = "an `AuditLogIpAllowlistConfigs` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "configs" => self.configs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogIpAllowlistConfigs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Id and name of an IP allowlist configuration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogIpAllowlistConfig {
    /// Id of the allowlist configuration.
    pub id: Option<String>,
    /// Name of the allowlist configuration.
    pub name: Option<String>,
}

impl Serialize for AuditLogIpAllowlistConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogIpAllowlistConfig {
    const EXPECTING: &'static str = "an `AuditLogIpAllowlistConfig` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogIpAllowlistConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Why a sign-in or sign-out attempt failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogAuthFailure {
    /// Machine-readable reason of the failure.
    pub error_code: Option<String>,
    /// Human-readable reason of the failure.
    pub error_message: Option<String>,
}

impl Serialize for AuditLogAuthFailure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "error_code", &self.error_code)?;
        codec::optional_entry(&mut map, "error_message", &self.error_message)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogAuthFailure {
    const EXPECTING: &'static str = "an `AuditLogAuthFailure` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "error_code" => self.error_code = map.next_value()?,
            "error_message" => self.error_message = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogAuthFailure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of an `organization.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogOrganizationUpdated {
    /// Id of the organization.
    pub id: Option<String>,
    /// The organization settings that were changed.
    pub changes_requested: Option<AuditLogOrganizationUpdatedChangesRequested>,
}

impl Serialize for AuditLogOrganizationUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogOrganizationUpdated {
    const EXPECTING: &'static str = "an `AuditLogOrganizationUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogOrganizationUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The organization settings that were changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogOrganizationUpdatedChangesRequested {
    /// New title of the organization.
    pub title: Option<String>,
    /// New description of the organization.
    pub description: Option<String>,
    /// New name of the organization.
    pub name: Option<String>,
    /// Who may open the threads page of the dashboard: `ANY_ROLE`, `OWNERS` or `NONE`.
    pub threads_ui_visibility: Option<String>,
    /// Who may open the usage dashboard: `ANY_ROLE` or `OWNERS`.
    pub usage_dashboard_visibility: Option<String>,
    /// Logging of API calls: `disabled`, `enabled_per_call`,
    /// `enabled_for_all_projects` or `enabled_for_selected_projects`.
    pub api_call_logging: Option<String>,
    /// Projects whose calls are logged, with `enabled_for_selected_projects`.
    pub api_call_logging_project_ids: Option<String>,
}

impl Serialize for AuditLogOrganizationUpdatedChangesRequested {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "title", &self.title)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(
            &mut map,
            "threads_ui_visibility",
            &self.threads_ui_visibility,
        )?;
        codec::optional_entry(
            &mut map,
            "usage_dashboard_visibility",
            &self.usage_dashboard_visibility,
        )?;
        codec::optional_entry(&mut map, "api_call_logging", &self.api_call_logging)?;
        codec::optional_entry(
            &mut map,
            "api_call_logging_project_ids",
            &self.api_call_logging_project_ids,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogOrganizationUpdatedChangesRequested {
    const EXPECTING: &'static str = "an `AuditLogOrganizationUpdatedChangesRequested` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "title" => self.title = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "threads_ui_visibility" => self.threads_ui_visibility = map.next_value()?,
            "usage_dashboard_visibility" => {
                self.usage_dashboard_visibility = map.next_value()?;
            }
            "api_call_logging" => self.api_call_logging = map.next_value()?,
            "api_call_logging_project_ids" => {
                self.api_call_logging_project_ids = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogOrganizationUpdatedChangesRequested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `project.created` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogProjectCreated {
    /// Id of the new project.
    pub id: Option<String>,
    /// Settings of the new project.
    pub data: Option<AuditLogProjectCreatedData>,
}

impl Serialize for AuditLogProjectCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogProjectCreated {
    const EXPECTING: &'static str = "an `AuditLogProjectCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogProjectCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Settings of the new project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogProjectCreatedData {
    /// Name of the project.
    pub name: Option<String>,
    /// Title the dashboard shows for the project.
    pub title: Option<String>,
}

impl Serialize for AuditLogProjectCreatedData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "title", &self.title)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogProjectCreatedData {
    const EXPECTING: &'static str = "an `AuditLogProjectCreatedData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "title" => self.title = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogProjectCreatedData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `project.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogProjectUpdated {
    /// Id of the changed project.
    pub id: Option<String>,
    /// The project settings that were changed.
    pub changes_requested: Option<AuditLogProjectUpdatedChangesRequested>,
}

impl Serialize for AuditLogProjectUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogProjectUpdated {
    const EXPECTING: &'static str = "an `AuditLogProjectUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogProjectUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The project settings that were changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogProjectUpdatedChangesRequested {
    /// New dashboard title of the project.
    pub title: Option<String>,
}

impl Serialize for AuditLogProjectUpdatedChangesRequested {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "title", &self.title)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogProjectUpdatedChangesRequested {
    const EXPECTING: &'static str = "an `AuditLogProjectUpdatedChangesRequested` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "title" => self.title = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogProjectUpdatedChangesRequested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `rate_limit.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogRateLimitUpdated {
    /// Id of the changed rate limit.
    pub id: Option<String>,
    /// The limits that were changed; some apply to particular models only.
    pub changes_requested: Option<AuditLogRateLimitUpdatedChangesRequested>,
}

impl Serialize for AuditLogRateLimitUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogRateLimitUpdated {
    const EXPECTING: &'static str = "an `AuditLogRateLimitUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogRateLimitUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The limits that were changed; some apply to particular models only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogRateLimitUpdatedChangesRequested {
    /// New ceiling on requests per minute.
    pub max_requests_per_1_minute: Option<i64>,
    /// New ceiling on tokens per minute.
    pub max_tokens_per_1_minute: Option<i64>,
    /// New ceiling on images per minute.
    pub max_images_per_1_minute: Option<i64>,
    /// New ceiling on audio megabytes per minute.
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// New ceiling on requests per day.
    pub max_requests_per_1_day: Option<i64>,
    /// New ceiling on Batch API input tokens per day.
    pub batch_1_day_max_input_tokens: Option<i64>,
}

impl Serialize for AuditLogRateLimitUpdatedChangesRequested {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(
            &mut map,
            "max_requests_per_1_minute",
            &self.max_requests_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_tokens_per_1_minute",
            &self.max_tokens_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_images_per_1_minute",
            &self.max_images_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_audio_megabytes_per_1_minute",
            &self.max_audio_megabytes_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_requests_per_1_day",
            &self.max_requests_per_1_day,
        )?;
        codec::optional_entry(
            &mut map,
            "batch_1_day_max_input_tokens",
            &self.batch_1_day_max_input_tokens,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogRateLimitUpdatedChangesRequested {
    const EXPECTING: &'static str = "an `AuditLogRateLimitUpdatedChangesRequested` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "max_requests_per_1_minute" => {
                self.max_requests_per_1_minute = map.next_value()?;
            }
            "max_tokens_per_1_minute" => self.max_tokens_per_1_minute = map.next_value()?,
            "max_images_per_1_minute" => self.max_images_per_1_minute = map.next_value()?,
            "max_audio_megabytes_per_1_minute" => {
                self.max_audio_megabytes_per_1_minute = map.next_value()?;
            }
            "max_requests_per_1_day" => self.max_requests_per_1_day = map.next_value()?,
            "batch_1_day_max_input_tokens" => {
                self.batch_1_day_max_input_tokens = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogRateLimitUpdatedChangesRequested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `role.created` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogRoleCreated {
    /// Id of the new role.
    pub id: Option<String>,
    /// Name of the role.
    pub role_name: Option<String>,
    /// Permissions the role grants.
    pub permissions: Option<Vec<String>>,
    /// Kind of resource the role is defined on.
    pub resource_type: Option<String>,
    /// Resource the role is defined on.
    pub resource_id: Option<String>,
}

impl Serialize for AuditLogRoleCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "role_name", &self.role_name)?;
        codec::optional_entry(&mut map, "permissions", &self.permissions)?;
        codec::optional_entry(&mut map, "resource_type", &self.resource_type)?;
        codec::optional_entry(&mut map, "resource_id", &self.resource_id)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogRoleCreated {
    const EXPECTING: &'static str = "an `AuditLogRoleCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "role_name" => self.role_name = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            "resource_type" => self.resource_type = map.next_value()?,
            "resource_id" => self.resource_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogRoleCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `role.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogRoleUpdated {
    /// Id of the changed role.
    pub id: Option<String>,
    /// The role settings that were changed.
    pub changes_requested: Option<AuditLogRoleUpdatedChangesRequested>,
}

impl Serialize for AuditLogRoleUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogRoleUpdated {
    const EXPECTING: &'static str = "an `AuditLogRoleUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogRoleUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The role settings that were changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogRoleUpdatedChangesRequested {
    /// New name of the role, if renamed.
    pub role_name: Option<String>,
    /// Resource the role is defined on.
    pub resource_id: Option<String>,
    /// Kind of resource the role is defined on.
    pub resource_type: Option<String>,
    /// Permissions the role gained.
    pub permissions_added: Option<Vec<String>>,
    /// Permissions the role lost.
    pub permissions_removed: Option<Vec<String>>,
    /// New description of the role, if changed.
    pub description: Option<String>,
    /// Extra data kept with the role.
    pub metadata: Option<serde_json::Value>,
}

impl Serialize for AuditLogRoleUpdatedChangesRequested {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role_name", &self.role_name)?;
        codec::optional_entry(&mut map, "resource_id", &self.resource_id)?;
        codec::optional_entry(&mut map, "resource_type", &self.resource_type)?;
        codec::optional_entry(&mut map, "permissions_added", &self.permissions_added)?;
        codec::optional_entry(
            &mut map,
            "permissions_removed",
            &self.permissions_removed,
        )?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogRoleUpdatedChangesRequested {
    const EXPECTING: &'static str = "an `AuditLogRoleUpdatedChangesRequested` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role_name" => self.role_name = map.next_value()?,
            "resource_id" => self.resource_id = map.next_value()?,
            "resource_type" => self.resource_type = map.next_value()?,
            "permissions_added" => self.permissions_added = map.next_value()?,
            "permissions_removed" => self.permissions_removed = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogRoleUpdatedChangesRequested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A role given to, or taken from, a user or group on some resource.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogRoleAssignment {
    /// Id of the role assignment.
    pub id: Option<String>,
    /// User or group holding the role.
    pub principal_id: Option<String>,
    /// Whether the principal is a user or a group.
    pub principal_type: Option<String>,
    /// Resource the assignment applies to.
    pub resource_id: Option<String>,
    /// Kind of resource the assignment applies to.
    pub resource_type: Option<String>,
}

impl Serialize for AuditLogRoleAssignment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "principal_id", &self.principal_id)?;
        codec::optional_entry(&mut map, "principal_type", &self.principal_type)?;
        codec::optional_entry(&mut map, "resource_id", &self.resource_id)?;
        codec::optional_entry(&mut map, "resource_type", &self.resource_type)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogRoleAssignment {
    const EXPECTING: &'static str = "an `AuditLogRoleAssignment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "principal_id" => self.principal_id = map.next_value()?,
            "principal_type" => self.principal_type = map.next_value()?,
            "resource_id" => self.resource_id = map.next_value()?,
            "resource_type" => self.resource_type = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogRoleAssignment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A role attached to or detached from a resource, such as a connector of
/// a ChatGPT workspace.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogRoleResourceBinding {
    /// Id of the resource; for workspace connectors `<workspace_id>__<connector_id>`.
    pub id: Option<String>,
    /// Id of the role concerned.
    pub role_id: Option<String>,
    /// Id of the resource concerned.
    pub resource_id: Option<String>,
    /// Kind of the resource concerned.
    pub resource_type: Option<String>,
    /// Permissions the role holds on the resource after the change.
    pub permissions: Option<Vec<String>>,
    /// ChatGPT workspace of a connector resource.
    pub workspace_id: Option<String>,
    /// Id of a connector resource.
    pub connector_id: Option<String>,
    /// Display name of a connector resource, or its id when no name was found.
    pub connector_name: Option<String>,
    /// Whether the role may use the connector.
    pub enabled: Option<bool>,
    /// Which kind of change produced the entry.
    pub source: Option<AuditLogRoleResourceBindingSource>,
}

impl Serialize for AuditLogRoleResourceBinding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "role_id", &self.role_id)?;
        codec::optional_entry(&mut map, "resource_id", &self.resource_id)?;
        codec::optional_entry(&mut map, "resource_type", &self.resource_type)?;
        codec::optional_entry(&mut map, "permissions", &self.permissions)?;
        codec::optional_entry(&mut map, "workspace_id", &self.workspace_id)?;
        codec::optional_entry(&mut map, "connector_id", &self.connector_id)?;
        codec::optional_entry(&mut map, "connector_name", &self.connector_name)?;
        codec::optional_entry(&mut map, "enabled", &self.enabled)?;
        codec::optional_entry(&mut map, "source", &self.source)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogRoleResourceBinding {
    const EXPECTING: &'static str = "an `AuditLogRoleResourceBinding` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "role_id" => self.role_id = map.next_value()?,
            "resource_id" => self.resource_id = map.next_value()?,
            "resource_type" => self.resource_type = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            "workspace_id" => self.workspace_id = map.next_value()?,
            "connector_id" => self.connector_id = map.next_value()?,
            "connector_name" => self.connector_name = map.next_value()?,
            "enabled" => self.enabled = map.next_value()?,
            "source" => self.source = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogRoleResourceBinding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Which kind of change produced the entry.
#[derive(Debug, Clone)]
pub enum AuditLogRoleResourceBindingSource {
    /// `role_toggle`
    RoleToggle,
    /// `role_connector_update`
    RoleConnectorUpdate,
    /// `role_delete`
    RoleDelete,
    /// `workspace_permissions`
    WorkspacePermissions,
    /// `connector_publish`
    ConnectorPublish,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for AuditLogRoleResourceBindingSource {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl AuditLogRoleResourceBindingSource {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::RoleToggle => "role_toggle",
            Self::RoleConnectorUpdate => "role_connector_update",
            Self::RoleDelete => "role_delete",
            Self::WorkspacePermissions => "workspace_permissions",
            Self::ConnectorPublish => "connector_publish",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for AuditLogRoleResourceBindingSource {
    fn from(value: &str) -> Self {
        match value {
            "role_toggle" => Self::RoleToggle,
            "role_connector_update" => Self::RoleConnectorUpdate,
            "role_delete" => Self::RoleDelete,
            "workspace_permissions" => Self::WorkspacePermissions,
            "connector_publish" => Self::ConnectorPublish,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(AuditLogRoleResourceBindingSource);

/// Details of a `service_account.created` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogServiceAccountCreated {
    /// Id of the new service account.
    pub id: Option<String>,
    /// Settings of the new service account.
    pub data: Option<AuditLogServiceAccountCreatedData>,
}

impl Serialize for AuditLogServiceAccountCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogServiceAccountCreated {
    const EXPECTING: &'static str = "an `AuditLogServiceAccountCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogServiceAccountCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Settings of the new service account.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogServiceAccountCreatedData {
    /// Project role of the account, `owner` or `member`.
    pub role: Option<String>,
}

impl Serialize for AuditLogServiceAccountCreatedData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogServiceAccountCreatedData {
    const EXPECTING: &'static str = "an `AuditLogServiceAccountCreatedData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogServiceAccountCreatedData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `service_account.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogServiceAccountUpdated {
    /// Id of the changed service account.
    pub id: Option<String>,
    /// The service account settings that were changed.
    pub changes_requested: Option<AuditLogServiceAccountUpdatedChangesRequested>,
}

impl Serialize for AuditLogServiceAccountUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogServiceAccountUpdated {
    const EXPECTING: &'static str = "an `AuditLogServiceAccountUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogServiceAccountUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The service account settings that were changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogServiceAccountUpdatedChangesRequested {
    /// New project role of the account, `owner` or `member`.
    pub role: Option<String>,
}

impl Serialize for AuditLogServiceAccountUpdatedChangesRequested {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogServiceAccountUpdatedChangesRequested {
    const EXPECTING: &'static str = "an `AuditLogServiceAccountUpdatedChangesRequested` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogServiceAccountUpdatedChangesRequested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `workload_identity_provider.created` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogWorkloadIdentityProviderCreated {
    /// Id of the new workload identity provider.
    pub id: Option<String>,
    /// The provider settings, as given.
    pub data: Option<serde_json::Value>,
}

impl Serialize for AuditLogWorkloadIdentityProviderCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogWorkloadIdentityProviderCreated {
    const EXPECTING: &'static str = "an `AuditLogWorkloadIdentityProviderCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `workload_identity_provider.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogWorkloadIdentityProviderUpdated {
    /// Id of the changed workload identity provider.
    pub id: Option<String>,
    /// The provider settings that were changed, as given.
    pub changes_requested: Option<serde_json::Value>,
}

impl Serialize for AuditLogWorkloadIdentityProviderUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogWorkloadIdentityProviderUpdated {
    const EXPECTING: &'static str = "an `AuditLogWorkloadIdentityProviderUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `workload_identity_provider.deleted` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogWorkloadIdentityProviderDeleted {
    /// Id of the removed workload identity provider.
    pub id: Option<String>,
    /// Name the provider had.
    pub name: Option<String>,
}

impl Serialize for AuditLogWorkloadIdentityProviderDeleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogWorkloadIdentityProviderDeleted {
    const EXPECTING: &'static str = "an `AuditLogWorkloadIdentityProviderDeleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderDeleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `workload_identity_provider_mapping.created` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogWorkloadIdentityProviderMappingCreated {
    /// Id of the new mapping.
    pub id: Option<String>,
    /// Workload identity provider the mapping belongs to.
    pub identity_provider_id: Option<String>,
    /// The mapping settings, as given.
    pub data: Option<serde_json::Value>,
}

impl Serialize for AuditLogWorkloadIdentityProviderMappingCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(
            &mut map,
            "identity_provider_id",
            &self.identity_provider_id,
        )?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogWorkloadIdentityProviderMappingCreated {
    const EXPECTING: &'static str = "an `AuditLogWorkloadIdentityProviderMappingCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "identity_provider_id" => self.identity_provider_id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderMappingCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `workload_identity_provider_mapping.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogWorkloadIdentityProviderMappingUpdated {
    /// Id of the changed mapping.
    pub id: Option<String>,
    /// Workload identity provider the mapping belongs to.
    pub identity_provider_id: Option<String>,
    /// The mapping settings that were changed, as given.
    pub changes_requested: Option<serde_json::Value>,
}

impl Serialize for AuditLogWorkloadIdentityProviderMappingUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(
            &mut map,
            "identity_provider_id",
            &self.identity_provider_id,
        )?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogWorkloadIdentityProviderMappingUpdated {
    const EXPECTING: &'static str = "an `AuditLogWorkloadIdentityProviderMappingUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "identity_provider_id" => self.identity_provider_id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderMappingUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `workload_identity_provider_mapping.deleted` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogWorkloadIdentityProviderMappingDeleted {
    /// Id of the removed mapping.
    pub id: Option<String>,
    /// Workload identity provider the mapping belonged to.
    pub identity_provider_id: Option<String>,
    /// Project the mapping pointed into.
    pub project_id: Option<String>,
    /// Service account the mapping resolved to.
    pub service_account_id: Option<String>,
}

impl Serialize for AuditLogWorkloadIdentityProviderMappingDeleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(
            &mut map,
            "identity_provider_id",
            &self.identity_provider_id,
        )?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "service_account_id", &self.service_account_id)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogWorkloadIdentityProviderMappingDeleted {
    const EXPECTING: &'static str = "an `AuditLogWorkloadIdentityProviderMappingDeleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "identity_provider_id" => self.identity_provider_id = map.next_value()?,
            "project_id" => self.project_id = map.next_value()?,
            "service_account_id" => self.service_account_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderMappingDeleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `user.added` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogUserAdded {
    /// Id of the user who was added.
    pub id: Option<String>,
    /// How the user was added.
    pub data: Option<AuditLogUserAddedData>,
}

impl Serialize for AuditLogUserAdded {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogUserAdded {
    const EXPECTING: &'static str = "an `AuditLogUserAdded` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogUserAdded {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// How the user was added.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogUserAddedData {
    /// Role given to the user, `owner` or `member`.
    pub role: Option<String>,
}

impl Serialize for AuditLogUserAddedData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogUserAddedData {
    const EXPECTING: &'static str = "an `AuditLogUserAddedData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogUserAddedData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `user.updated` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogUserUpdated {
    /// Id of the project the membership belongs to.
    pub id: Option<String>,
    /// The membership settings that were changed.
    pub changes_requested: Option<AuditLogUserUpdatedChangesRequested>,
}

impl Serialize for AuditLogUserUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "changes_requested", &self.changes_requested)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogUserUpdated {
    const EXPECTING: &'static str = "an `AuditLogUserUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "changes_requested" => self.changes_requested = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogUserUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The membership settings that were changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogUserUpdatedChangesRequested {
    /// New role of the user, `owner` or `member`.
    pub role: Option<String>,
}

impl Serialize for AuditLogUserUpdatedChangesRequested {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogUserUpdatedChangesRequested {
    const EXPECTING: &'static str = "an `AuditLogUserUpdatedChangesRequested` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogUserUpdatedChangesRequested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Id and name of a certificate named in an audit entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogCertificate {
    /// Id of the certificate.
    pub id: Option<String>,
    /// Name of the certificate.
    pub name: Option<String>,
}

impl Serialize for AuditLogCertificate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogCertificate {
    const EXPECTING: &'static str = "an `AuditLogCertificate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogCertificate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a `certificate.deleted` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogCertificateDeleted {
    /// Id of the removed certificate.
    pub id: Option<String>,
    /// Name the certificate had.
    pub name: Option<String>,
    /// The removed certificate, PEM-encoded.
    pub certificate: Option<String>,
}

impl Serialize for AuditLogCertificateDeleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "certificate", &self.certificate)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogCertificateDeleted {
    const EXPECTING: &'static str = "an `AuditLogCertificateDeleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "certificate" => self.certificate = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogCertificateDeleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Certificates switched on or off together.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLogCertificates {
    /// The certificates concerned.
    pub certificates: Option<Vec<AuditLogCertificate>>,
}

impl Serialize for AuditLogCertificates {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "certificates", &self.certificates)?;
        map.end()
    }
}

impl codec::ObjectFields for AuditLogCertificates {
    const EXPECTING: &'static str = "an `AuditLogCertificates` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "certificates" => self.certificates = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AuditLogCertificates {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
