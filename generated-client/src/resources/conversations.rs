// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.conversations()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    ConversationItem, ConversationItemList, ConversationResource, CreateConversationBody,
    CreateConversationItemsParams, CreateConversationItemsRequest,
    DeletedConversationResource, GetConversationItemParams, ListConversationItemsParams,
    UpdateConversationBody,
};

/// The `conversations` resource.
#[derive(Debug, Clone, Copy)]
pub struct Conversations<'c> {
    pub(crate) client: &'c Client,
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
    #[inline]
    pub fn create(
        &self,
        request: &CreateConversationBody,
    ) -> Call<Json<ConversationResource>> {
        let spec = RequestSpec::new(Method::POST, "/conversations".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a conversation
    ///
    /// Returns the conversation object (id, creation time and metadata), without its items.
    ///
    /// `GET /conversations/{conversation_id}`
    #[inline]
    pub fn retrieve(&self, conversation_id: &str) -> Call<Json<ConversationResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/conversations/{conversation_id}",
            &[("conversation_id", &conversation_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update a conversation
    ///
    /// Sets new metadata on a conversation; its items are left as they are.
    ///
    /// `POST /conversations/{conversation_id}`
    #[inline]
    pub fn update(
        &self,
        conversation_id: &str,
        request: &UpdateConversationBody,
    ) -> Call<Json<ConversationResource>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/conversations/{conversation_id}",
                &[("conversation_id", &conversation_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a conversation
    ///
    /// Removes the conversation object; the items it held are not deleted.
    ///
    /// `DELETE /conversations/{conversation_id}`
    #[inline]
    pub fn delete(
        &self,
        conversation_id: &str,
    ) -> Call<Json<DeletedConversationResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/conversations/{conversation_id}",
            &[("conversation_id", &conversation_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `conversations.items` resource.
#[derive(Debug, Clone, Copy)]
pub struct ConversationsItems<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ConversationsItems<'c> {
    /// List the items of a conversation
    ///
    /// Pages through the messages, tool calls and other items held by a conversation.
    ///
    /// `GET /conversations/{conversation_id}/items`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        conversation_id: &str,
        params: &ListConversationItemsParams,
    ) -> Call<Json<ConversationItemList>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/conversations/{conversation_id}/items",
            &[("conversation_id", &conversation_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Add items to a conversation
    ///
    /// Appends up to 20 items to the end of an existing conversation.
    ///
    /// `POST /conversations/{conversation_id}/items`
    #[inline]
    pub fn create(
        &self,
        conversation_id: &str,
        params: &CreateConversationItemsParams,
        request: &CreateConversationItemsRequest,
    ) -> Call<Json<ConversationItemList>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/conversations/{conversation_id}/items",
            &[("conversation_id", &conversation_id)],
        );
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a conversation item
    ///
    /// Returns one message, tool call or other item of a conversation.
    ///
    /// `GET /conversations/{conversation_id}/items/{item_id}`
    #[inline]
    pub fn retrieve(
        &self,
        conversation_id: &str,
        item_id: &str,
        params: &GetConversationItemParams,
    ) -> Call<Json<ConversationItem>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/conversations/{conversation_id}/items/{item_id}",
            &[("conversation_id", &conversation_id), ("item_id", &item_id)],
        );
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        Call::new(self.client, spec)
    }

    /// Delete a conversation item
    ///
    /// Takes one item out of a conversation and answers with the conversation object.
    ///
    /// `DELETE /conversations/{conversation_id}/items/{item_id}`
    #[inline]
    pub fn delete(
        &self,
        conversation_id: &str,
        item_id: &str,
    ) -> Call<Json<ConversationResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/conversations/{conversation_id}/items/{item_id}",
            &[("conversation_id", &conversation_id), ("item_id", &item_id)],
        );
        Call::new(self.client, spec)
    }
}
