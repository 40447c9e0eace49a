//! The intermediate representation: a small, explicit model of the API that knows nothing
//! about `openapiv3` or `syn`. Lowering builds it (all naming happens there, once); the
//! emitters only read it. Plain data, `Debug`-printable, so a dump is a cheap snapshot.

mod operations;
mod types;

pub use operations::*;
pub use types::*;

/// The whole API, ready to emit.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    pub info: ApiInfo,
    pub client: ClientSettings,
    /// The type arena: `TypeId(i)` is `types[i]`. Emitters sort by name.
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    /// Resource groups (`client.chat().completions()`), parents before children.
    pub resources: Vec<Resource>,
    pub websockets: Vec<WebSocketEndpoint>,
    /// The API groups (root resources, then the webhooks), each behind a Cargo feature.
    pub groups: Vec<Group>,
    /// The spec's `webhooks`, when it has any with a JSON payload.
    pub webhooks: Option<Webhooks>,
    /// Hand-written Rust modules the spec ships (`x-rust-client/modules`), in spec order.
    pub helpers: Vec<HelperModule>,
}

/// A hand-written Rust module that a spec ships beside itself (`x-rust-client/modules`):
/// behaviour OpenAPI cannot describe, such as folding a stream of chunks into the final
/// object, written against the generated types and copied into `src/helpers/<name>.rs`.
#[derive(Debug, Clone, PartialEq)]
pub struct HelperModule {
    /// Module name (`chat_stream`), a Rust identifier unique among the helpers.
    pub name: String,
    /// Cargo features the module needs, all of them (`chat`, `schemars`).
    pub features: Vec<String>,
    /// One line saying what the module holds, for `helpers/mod.rs`.
    pub docs: String,
    /// Markdown for the generated README's section on the module (`readme`), if any.
    pub readme: Option<String>,
    /// The module's Rust source, as written.
    pub source: String,
}

impl Api {
    pub fn ty(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }

    /// Follows aliases to the type a reference finally names.
    pub fn resolve_alias<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        follow_aliases(ty, |id| &self.ty(id).kind)
    }
}

/// A group of the API: a root resource, its operations and the types they use, behind a
/// Cargo feature of its own (`chat`), so a crate can be built with only the groups it calls;
/// or the webhooks, their payloads and the verifier (`webhooks`).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Cargo feature name (`fine_tuning`, `realtime_api`), unique among the crate's features.
    pub feature: String,
    /// Index into [`Api::resources`] of the root resource; `None` for the webhooks' group.
    pub resource: Option<usize>,
    /// The `types` module of its types (a [`ModulePath::group`]).
    pub module: String,
    /// Left out of `full` (`x-rust-client: opt-in-groups`): built only when named, like the
    /// organization administration APIs, which ordinary API keys cannot call.
    pub opt_in: bool,
}

/// The events the API sends to the application (OpenAPI 3.1 `webhooks`): one payload type
/// per webhook, gathered into a tagged union the runtime's verifier decodes into.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhooks {
    /// The union of every webhook's payload, dispatched on its `type` (`WebhookEvent`).
    pub event: TypeId,
    /// Index into [`Api::groups`] of the group that holds the payloads.
    pub group: usize,
    /// The webhooks the union has a variant for, in document order.
    pub events: Vec<Webhook>,
}

/// One webhook with a decodable payload.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// The spec's key (`response_completed`).
    pub name: String,
    /// The variant of the event union (`ResponseCompleted`).
    pub variant: String,
    /// The payload's `type` values (`response.completed`).
    pub tag_values: Vec<String>,
    pub payload: TypeRef,
}

/// `info` of the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiInfo {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
}

/// How the generated `Client` finds its server and credentials.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientSettings {
    /// Environment variable holding the API key (`OPENAI_API_KEY`).
    pub env_api_key: String,
    /// Environment variable overriding the base URL (`OPENAI_BASE_URL`).
    pub env_base_url: String,
    /// Environment variable holding the webhook signing secret (`OPENAI_WEBHOOK_SECRET`).
    pub env_webhook_secret: String,
    pub default_base_url: String,
    pub auth: Auth,
    pub identity_headers: Vec<IdentityHeader>,
    /// Root resources whose groups are not in `full` (`x-rust-client: opt-in-groups`), by
    /// their path segment.
    pub opt_in_groups: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    /// `Authorization: Bearer <key>`.
    Bearer,
    /// The key sent as-is in this header.
    Header(String),
    None,
}

/// A header set on every request from builder configuration or the environment.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityHeader {
    /// Builder method name (`organization`), unique among the builder's methods; also the
    /// key `ClientBuilder::identity_header` and `Client::identity_header` take.
    pub key: String,
    pub header: String,
    pub env: String,
    pub docs: Option<String>,
}
