//! Cursor pagination: a list call becomes a stream of pages or of items, fetching the
//! next page (the cursor query parameter set to the page's `next_cursor`) on demand.

use std::pin::Pin;

use futures_core::Stream;
use futures_util::{TryStreamExt, stream};

use super::call::Call;
use super::error::Result;
use super::output::Json;
use super::page::Page;

/// A boxed stream of results, as returned by [`Call::pages`] and [`Call::into_stream`].
pub type ResultStream<T> = Pin<Box<dyn Stream<Item = Result<T>> + Send>>;

/// Where paging stands between two pages.
struct Cursor<P> {
    call: Call<Json<P>>,
    /// The cursor used for the page being fetched; paging stops if a page repeats it.
    current: Option<String>,
}

impl<P: Page> Call<Json<P>> {
    /// All pages, fetched one after another as the stream is polled. Paging stops after a
    /// page without a next cursor, after an error, or if the operation is not
    /// cursor-paginated (then only the first page is yielded).
    pub fn pages(self) -> ResultStream<P> {
        let start = Some(Cursor {
            call: self,
            current: None,
        });
        Box::pin(stream::try_unfold(start, |state| async move {
            let Some(Cursor { mut call, current }) = state else {
                return Ok(None);
            };
            let (page, _meta) = call.fetch().await?;
            let next = match (page.next_cursor(), call.spec.cursor) {
                (Some(cursor), Some(param)) if Some(&cursor) != current.as_ref() => {
                    call.spec.query.set(param, &cursor);
                    Some(Cursor {
                        call,
                        current: Some(cursor),
                    })
                }
                _ => None,
            };
            Ok(Some((page, next)))
        }))
    }

    /// All items of all pages (see [`Call::pages`]).
    pub fn into_stream(self) -> ResultStream<P::Item> {
        let items = self
            .pages()
            .map_ok(|page| stream::iter(page.into_items().into_iter().map(Ok)));
        Box::pin(items.try_flatten())
    }
}
