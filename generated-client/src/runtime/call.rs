// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! [`Call`]: one prepared operation call, returned by every generated method. Await it
//! (or call [`Call::send`]) to run it; adjust it first with per-call options.

use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::time::Duration;

use super::client::Client;
use super::error::Result;
use super::meta::ResponseMeta;
use super::output::{Output, ReadContext};
use super::request::RequestSpec;
use super::transport::{CallOptions, execute};

/// A prepared call to one operation, yielding `O::Value` (see [`Output`]).
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<O> {
    pub(crate) client: Client,
    pub(crate) spec: RequestSpec,
    pub(crate) options: CallOptions,
    _output: PhantomData<fn() -> O>,
}

impl<O> fmt::Debug for Call<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("method", &self.spec.method)
            .field("path", &self.spec.path)
            .field("query", &self.spec.query)
            .finish_non_exhaustive()
    }
}

impl<O: Output> Call<O> {
    /// Prepares a call of `spec` on `client` (the client is cloned: an `Arc` bump).
    pub fn new(client: &Client, spec: RequestSpec) -> Self {
        Call {
            client: client.clone(),
            spec,
            options: CallOptions::default(),
            _output: PhantomData,
        }
    }

    /// Adds a header to this call only, replacing any header of the same name.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }

    /// Adds a query parameter to this call, after the operation's own (for a parameter the
    /// spec does not know yet).
    pub fn query(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.spec.query().push(name, value);
        self
    }

    /// Adds (or replaces) a top-level field of this call's body, for a parameter the spec
    /// does not know yet: `call.body_field("reasoning_effort", "low")`. JSON object bodies
    /// and multipart forms take extra fields; for any other body the call fails with
    /// [`Error::Config`](crate::Error::Config) when awaited.
    pub fn body_field(mut self, name: &str, value: impl serde::Serialize) -> Self {
        self.spec.extra_body_field(name, serde_json::to_value(value));
        self
    }

    /// Sends an `Idempotency-Key` header, so that the server can recognise a retried
    /// request (every retry of this call carries the same key).
    pub fn idempotency_key(self, key: impl Into<String>) -> Self {
        self.header("Idempotency-Key", key)
    }

    /// Overrides the client's per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the client's number of retries for this call.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries = Some(retries);
        self
    }

    /// Sends the request and reads the response.
    pub async fn send(mut self) -> Result<O::Value> {
        let (response, context) = self.start().await?;
        O::read(response, context).await
    }

    /// Like [`Call::send`], also returning the response's status, headers and request id.
    pub async fn send_with_meta(mut self) -> Result<(O::Value, ResponseMeta)> {
        self.fetch().await
    }

    /// Runs the call without consuming it, so that pagination can run it again.
    pub(crate) async fn fetch(&mut self) -> Result<(O::Value, ResponseMeta)> {
        let (response, context) = self.start().await?;
        let meta = ResponseMeta::new(
            response.status(),
            response.headers().clone(),
            context.request_id.clone(),
        );
        let value = O::read(response, context).await?;
        Ok((value, meta))
    }
}

impl<O: Output> Call<O> {
    /// Sends the request (unless building it failed) up to a successful response.
    pub(crate) async fn start(&mut self) -> Result<(reqwest::Response, ReadContext)> {
        if let Some(error) = self.spec.error.take() {
            return Err(error);
        }
        execute(&self.client, &self.spec, &self.options, O::ACCEPT).await
    }
}

impl<O: Output> IntoFuture for Call<O> {
    type Output = Result<O::Value>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<O::Value>> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
