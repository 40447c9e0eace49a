//! Output kinds: marker types naming how a successful response body becomes a value.
//! `Call<Json<T>>` yields `T`{% if parts.streaming %}, `Call<Sse<T>>` an [`EventStream<T>`]{% endif %}, and so on.

use std::marker::PhantomData;
use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::codec;
use super::error::{Error, Result};
{%- if parts.streaming %}
use super::sse::StreamEvent;
use super::stream::EventStream;
{%- endif %}

mod sealed {
    /// Only this module's marker types are outputs.
    pub trait Sealed {}
}

/// How a response body is read; implemented by [`Json`],{% if parts.streaming %} [`Sse`],{% endif %}{% if parts.binary %} [`Binary`],{% endif %} [`Text`]
/// and [`Empty`].
pub trait Output: sealed::Sealed + Send + 'static {
    /// What the call yields.
    type Value: Send + 'static;
    /// The `Accept` header sent with the request.
    const ACCEPT: &'static str;
    /// Turns a successful response into the value.
    #[doc(hidden)]
    fn read(
        response: reqwest::Response,
        context: ReadContext,
    ) -> impl Future<Output = Result<Self::Value>> + Send;
}

/// What reading a body needs to know about the attempt.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ReadContext {
    pub(crate) status: StatusCode,
    pub(crate) request_id: Option<String>,
    /// When the attempt's timeout runs out.
    pub(crate) deadline: tokio::time::Instant,
    pub(crate) timeout: Duration,
}

impl ReadContext {
    /// Reads the whole body before the attempt's deadline.
    async fn body(&self, response: reqwest::Response) -> Result<Bytes> {
        match tokio::time::timeout_at(self.deadline, response.bytes()).await {
            Ok(body) => body.map_err(Error::Transport),
            Err(_) => Err(Error::Timeout(self.timeout)),
        }
    }
}

{%- if parts.streaming || parts.binary %}
/// The per-attempt timeout of a body read as it arrives (event streams, downloads): the
/// longest wait for the next chunk.
pub(crate) struct IdleTimer {
    timeout: Duration,
    sleep: std::pin::Pin<Box<tokio::time::Sleep>>,
}

impl IdleTimer {
    pub(crate) fn new(timeout: Duration) -> Self {
        IdleTimer {
            timeout,
            sleep: Box::pin(tokio::time::sleep(timeout)),
        }
    }

    /// A chunk arrived: the wait starts again.
    pub(crate) fn reset(&mut self) {
        let deadline = tokio::time::Instant::now() + self.timeout;
        self.sleep.as_mut().reset(deadline);
    }

    /// While the body is pending: the [`Error::Timeout`] to end it with, once the wait is
    /// over (registering the waker until then).
    pub(crate) fn expired(&mut self, cx: &mut std::task::Context<'_>) -> Option<Error> {
        self.sleep
            .as_mut()
            .poll(cx)
            .is_ready()
            .then_some(Error::Timeout(self.timeout))
    }
}
{%- endif %}

/// A JSON body decoded into `T`.
pub struct Json<T>(PhantomData<fn() -> T>);
impl<T> sealed::Sealed for Json<T> {}
impl<T: DeserializeOwned + Send + 'static> Output for Json<T> {
    type Value = T;
    const ACCEPT: &'static str = "application/json";
    async fn read(response: reqwest::Response, context: ReadContext) -> Result<T> {
        let body = context.body(response).await?;
        // Plain serde_json first; only a failure decodes again to find the JSON path.
        let value = serde_json::from_slice(&body).or_else(|_| codec::decode_json(&body));
        value.map_err(|e| {
            e.with_response(context.status.as_u16(), context.request_id.as_deref())
                .into()
        })
    }
}

{%- if parts.streaming %}

/// A `text/event-stream` body, as typed events.
pub struct Sse<T>(PhantomData<fn() -> T>);
impl<T> sealed::Sealed for Sse<T> {}
impl<T: StreamEvent> Output for Sse<T> {
    type Value = EventStream<T>;
    const ACCEPT: &'static str = "text/event-stream";
    async fn read(response: reqwest::Response, context: ReadContext) -> Result<EventStream<T>> {
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        if content_type.is_some_and(|v| v.starts_with("application/json")) {
            let body = context.body(response).await?;
            return Ok(EventStream::from_json_body(
                &body,
                context.status,
                context.request_id,
            ));
        }
        Ok(EventStream::from_response(
            response,
            context.timeout,
            context.request_id,
        ))
    }
}

{%- endif %}
{%- if parts.binary %}

/// Raw bytes (audio, file contents, …).
pub struct Binary;
impl sealed::Sealed for Binary {}
impl Output for Binary {
    type Value = Bytes;
    // Binary endpoints declare varied types (audio, octet-stream, even JSON strings).
    const ACCEPT: &'static str = "*/*";
    async fn read(response: reqwest::Response, context: ReadContext) -> Result<Bytes> {
        context.body(response).await
    }
}

{%- endif %}

/// A text body (invalid UTF-8 is replaced, not an error).
pub struct Text;
impl sealed::Sealed for Text {}
impl Output for Text {
    type Value = String;
    const ACCEPT: &'static str = "*/*";
    async fn read(response: reqwest::Response, context: ReadContext) -> Result<String> {
        let body = context.body(response).await?;
        Ok(String::from_utf8(body.to_vec())
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    }
}

/// No meaningful body; it is read and discarded so the connection can be reused.
pub struct Empty;
impl sealed::Sealed for Empty {}
impl Output for Empty {
    type Value = ();
    const ACCEPT: &'static str = "application/json";
    async fn read(response: reqwest::Response, context: ReadContext) -> Result<()> {
        context.body(response).await.map(drop)
    }
}
