// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! What a page of a cursor-paginated list is. Generated list types implement [`Page`];
//! paging through calls with it (the client side) is in `pagination`.

use serde::de::DeserializeOwned;

/// A list response; implemented by the generator for paginated list types.
pub trait Page: DeserializeOwned + Send + 'static {
    /// The listed type.
    type Item: Send + 'static;
    /// The cursor of the next page (usually the last item's id when `has_more`),
    /// `None` on the last page.
    fn next_cursor(&self) -> Option<String>;
    /// The items of this page.
    fn into_items(self) -> Vec<Self::Item>;
}
