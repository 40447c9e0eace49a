// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.conversations()` and its sub-resources.
#![allow(deprecated)]

/// The `conversations` resource.
#[derive(Debug, Clone, Copy)]
pub struct Conversations<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> Conversations<'c> {
    /// The `conversations.items` sub-resource.
    pub fn items(&self) -> ConversationsItems<'c> {
        ConversationsItems {
            client: self.client,
        }
    }

    /// Create a conversation
    ///
    /// Creates a server-side conversation, optionally seeded with up to 20
    /// items. Pass its id as `conversation` to later responses so that their
    /// inputs and outputs are appended to it automatically.
    ///
    /// `POST /conversations`
    pub fn create(
        &self,
        request: &crate::types::CreateConversationBody,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::ConversationResource>> {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                "/conversations".to_owned(),
            )
            .json(request);
        crate::runtime::Call::new(self.client, spec)
    }
}

/// The `conversations.items` resource.
#[derive(Debug, Clone, Copy)]
pub struct ConversationsItems<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> ConversationsItems<'c> {
    /// List the items of a conversation
    ///
    /// Pages through the messages, tool calls and other items held by a conversation.
    ///
    /// `GET /conversations/{conversation_id}/items`; call `.into_stream()` on the result to walk every page.
    pub fn list(
        &self,
        conversation_id: &str,
        params: &crate::types::ListConversationItemsParams,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::ConversationItemList>> {
        let mut spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            format!(
                "/conversations/{}/items",
                crate::runtime::encode_path(conversation_id),
            ),
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        let spec = spec.cursor("after");
        crate::runtime::Call::new(self.client, spec)
    }

    /// Add items to a conversation
    ///
    /// Appends up to 20 items to the end of an existing conversation.
    ///
    /// `POST /conversations/{conversation_id}/items`
    pub fn create(
        &self,
        conversation_id: &str,
        params: &crate::types::CreateConversationItemsParams,
        request: &crate::types::CreateConversationItemsRequest,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::ConversationItemList>> {
        let mut spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            format!(
                "/conversations/{}/items",
                crate::runtime::encode_path(conversation_id),
            ),
        );
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        let spec = spec.json(request);
        crate::runtime::Call::new(self.client, spec)
    }
}
