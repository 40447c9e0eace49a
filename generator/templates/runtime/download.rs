//! [`Download`]: a binary response body read as it arrives, for bodies too large to hold
//! in memory (file contents, audio). `Call<Binary>` still yields the whole body as
//! `Bytes` when awaited; [`Call::download`] yields this stream instead.

use std::fmt;
use std::future::poll_fn;
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_core::Stream;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE};
use tokio::io::AsyncWriteExt;

use super::call::Call;
use super::error::{Error, Result};
use super::output::{Binary, IdleTimer, ReadContext};

type BodyStream = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>;

/// Most memory [`Download::bytes`] reserves up front from the `content-length`.
const MAX_RESERVE: u64 = 64 * 1024 * 1024;

impl Call<Binary> {
    /// Sends the request and returns the response body as a stream of chunks, with its
    /// content type and length, once the response's headers have arrived. Retries apply
    /// up to that point, as for `.await`; the per-attempt timeout then becomes an idle
    /// timeout: a wait that long for the next chunk ends the stream with
    /// [`Error::Timeout`].
    pub async fn download(mut self) -> Result<Download> {
        let (response, context) = self.start().await?;
        Ok(Download::new(response, context))
    }
}

/// A binary response body as a [`Stream`] of `Bytes` chunks, in the order they arrive.
///
/// The stream ends after the last chunk, or after yielding one error: a transport error
/// (the connection dropped, or the body ended before its `content-length`) or
/// [`Error::Timeout`] when no chunk arrives for the client's (or call's) timeout.
/// [`Download::bytes`] collects the rest of the body, [`Download::write_to_file`] writes
/// it to a file chunk by chunk.
pub struct Download {
    /// `None` after the end or an error.
    body: Option<BodyStream>,
    content_type: Option<String>,
    content_length: Option<u64>,
    request_id: Option<String>,
    idle: IdleTimer,
    received: u64,
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("content_type", &self.content_type)
            .field("content_length", &self.content_length)
            .field("request_id", &self.request_id)
            .field("received", &self.received)
            .field("finished", &self.body.is_none())
            .finish_non_exhaustive()
    }
}

impl Download {
    fn new(response: reqwest::Response, context: ReadContext) -> Self {
        let headers = response.headers();
        let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
        let content_type = header(CONTENT_TYPE).map(str::to_owned);
        let content_length = header(CONTENT_LENGTH).and_then(|v| v.trim().parse().ok());
        Download {
            body: Some(Box::pin(response.bytes_stream())),
            content_type,
            content_length,
            request_id: context.request_id,
            idle: IdleTimer::new(context.timeout),
            received: 0,
        }
    }

    /// The response's `content-type`, if it sent one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The response's `content-length`: the size of the whole body, when the server said.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }

    /// The `x-request-id` of the response.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// How many bytes the stream has yielded so far.
    pub fn received(&self) -> u64 {
        self.received
    }

    /// The next chunk, or `None` at the end.
    async fn next_chunk(&mut self) -> Option<Result<Bytes>> {
        poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The rest of the body, in one buffer.
    pub async fn bytes(mut self) -> Result<Bytes> {
        let reserve = self.content_length.unwrap_or(0).saturating_sub(self.received);
        let mut body = BytesMut::with_capacity(reserve.min(MAX_RESERVE) as usize);
        while let Some(chunk) = self.next_chunk().await {
            body.extend_from_slice(&chunk?);
        }
        Ok(body.freeze())
    }

    /// Writes the rest of the body to `path` (created, or truncated), chunk by chunk, and
    /// returns the number of bytes written. On an error the file keeps what was written
    /// before it.
    pub async fn write_to_file(mut self, path: impl AsRef<Path>) -> Result<u64> {
        let path = path.as_ref();
        let io_error = |e| Error::io_at(path, e);
        let mut file = tokio::fs::File::create(path).await.map_err(io_error)?;
        let mut written = 0;
        while let Some(chunk) = self.next_chunk().await {
            let chunk = chunk?;
            file.write_all(&chunk).await.map_err(io_error)?;
            written += chunk.len() as u64;
        }
        // tokio writes in the background: flushing waits for the last write.
        file.flush().await.map_err(io_error)?;
        Ok(written)
    }
}

impl Stream for Download {
    type Item = Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            let Some(body) = this.body.as_mut() else {
                return Poll::Ready(None);
            };
            return match body.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(chunk))) if chunk.is_empty() => continue,
                Poll::Ready(Some(Ok(chunk))) => {
                    this.received += chunk.len() as u64;
                    this.idle.reset();
                    Poll::Ready(Some(Ok(chunk)))
                }
                Poll::Ready(Some(Err(e))) => {
                    this.body = None;
                    Poll::Ready(Some(Err(Error::Transport(e))))
                }
                Poll::Ready(None) => {
                    this.body = None;
                    Poll::Ready(None)
                }
                Poll::Pending => match this.idle.expired(cx) {
                    Some(timeout) => {
                        this.body = None;
                        Poll::Ready(Some(Err(timeout)))
                    }
                    None => Poll::Pending,
                },
            };
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.body {
            Some(_) => (0, None),
            None => (0, Some(0)),
        }
    }
}
