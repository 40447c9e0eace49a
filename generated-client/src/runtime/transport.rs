// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Sending a [`RequestSpec`]: URL and headers, one fresh `reqwest::Request` per attempt,
//! retries, and turning error responses into [`ApiError`]s.

use std::time::Duration;

use reqwest::header::{ACCEPT, CONTENT_TYPE, COOKIE, HeaderMap, HeaderValue};
use reqwest::{Response, StatusCode, Url};
use serde_json::Value;
use tokio::time::Instant;

use super::client::{Client, header_name, header_value};
use super::error::{ApiError, Error, Result};
use super::meta::request_id;
use super::output::ReadContext;
use super::request::{Body, RequestSpec};
use super::retry::{retry_delay, should_retry};

/// Largest error body kept in [`ApiError::body`].
const MAX_ERROR_BODY: usize = 8 * 1024;

/// Per-call overrides of the client's settings.
#[derive(Debug, Default, Clone)]
pub(crate) struct CallOptions {
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
}

/// A `tracing` event when the crate feature `tracing` is on; nothing otherwise. Events
/// carry the attempt, status, request id and elapsed time, never a credential.
macro_rules! trace_event {
    ($($event:tt)*) => {
        #[cfg(feature = "tracing")]
        tracing::event!($($event)*);
    };
}

/// Sends `spec`, retrying as the policy allows, and returns the first successful response
/// (its body unread) with what reading it needs. With the feature `tracing`, the call
/// runs in a `request` span (method and path; not the query, which may hold private
/// values).
pub(crate) async fn execute(
    client: &Client,
    spec: &RequestSpec,
    options: &CallOptions,
    accept: &'static str,
) -> Result<(Response, ReadContext)> {
    #[cfg(feature = "tracing")]
    {
        use tracing::Instrument;
        let span = tracing::info_span!("request", method = %spec.method, path = %spec.path);
        attempts(client, spec, options, accept).instrument(span).await
    }
    #[cfg(not(feature = "tracing"))]
    attempts(client, spec, options, accept).await
}

/// The retry loop of [`execute`].
async fn attempts(
    client: &Client,
    spec: &RequestSpec,
    options: &CallOptions,
    accept: &'static str,
) -> Result<(Response, ReadContext)> {
    let config = &client.inner;
    let timeout = options.timeout.unwrap_or(config.timeout);
    let max_retries = options.max_retries.unwrap_or(config.max_retries);
    // The first attempt takes these; a retry builds them again (cheap beside its delay).
    let mut url = Some(build_url(&config.base_url, spec, &config.default_query)?);
    let mut headers = Some(build_headers(client, spec, options, accept)?);
    let mut retries = 0;
    loop {
        let attempt_url = match url.take() {
            Some(url) => url,
            None => build_url(&config.base_url, spec, &config.default_query)?,
        };
        let attempt_headers = match headers.take() {
            Some(headers) => headers,
            None => build_headers(client, spec, options, accept)?,
        };
        let request = build_request(&config.http, spec, attempt_url, attempt_headers)?;
        let started = Instant::now();
        let deadline = started + timeout;
        #[cfg(feature = "tracing")]
        let attempt = retries + 1;
        let outcome = tokio::time::timeout_at(deadline, config.http.execute(request)).await;
        #[cfg(feature = "tracing")]
        if let Ok(Ok(response)) = &outcome {
            trace_event!(
                tracing::Level::DEBUG,
                attempt,
                status = response.status().as_u16(),
                request_id = response
                    .headers()
                    .get(super::meta::REQUEST_ID)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default(),
                elapsed_ms = started.elapsed().as_millis() as u64,
                "response"
            );
        }
        let failure = match outcome {
            Ok(Ok(response)) if response.status().is_success() => {
                let request_id = request_id(response.headers());
                let context = ReadContext {
                    status: response.status(),
                    request_id,
                    deadline,
                    timeout,
                };
                return Ok((response, context));
            }
            Ok(Ok(response)) => {
                if retries < max_retries && should_retry(response.status(), response.headers()) {
                    if let Some(file_name) = spec.one_shot_upload() {
                        let failure = api_error(response, deadline, timeout).await;
                        return Err(not_replayable(file_name, failure));
                    }
                    let delay = retry_delay(retries, Some(response.headers()));
                    trace_event!(
                        tracing::Level::INFO,
                        attempt,
                        status = response.status().as_u16(),
                        delay_ms = delay.as_millis() as u64,
                        "retrying"
                    );
                    drop(response);
                    tokio::time::sleep(delay).await;
                    retries += 1;
                    continue;
                }
                return Err(api_error(response, deadline, timeout).await);
            }
            // A request that could not even be built will not succeed later.
            Ok(Err(e)) if e.is_builder() => return Err(Error::Transport(e)),
            Ok(Err(e)) => Error::Transport(e),
            Err(_) => Error::Timeout(timeout),
        };
        trace_event!(
            tracing::Level::WARN,
            attempt,
            error = %failure,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "attempt failed"
        );
        if retries >= max_retries {
            return Err(failure);
        }
        if let Some(file_name) = spec.one_shot_upload() {
            return Err(not_replayable(file_name, failure));
        }
        let delay = retry_delay(retries, None);
        trace_event!(tracing::Level::INFO, attempt, delay_ms = delay.as_millis() as u64, "retrying");
        tokio::time::sleep(delay).await;
        retries += 1;
    }
}

/// The error of a retry refused because the body's one-shot upload was consumed.
fn not_replayable(file_name: &str, failure: Error) -> Error {
    Error::UploadNotReplayable {
        file_name: file_name.to_owned(),
        failure: Some(Box::new(failure)),
    }
}

/// The request URL: the operation's query, then the client's default query parameters.
fn build_url(base_url: &str, spec: &RequestSpec, default_query: &str) -> Result<Url> {
    let mut url = Url::parse(&format!("{base_url}{}", spec.path))
        .map_err(|e| Error::Config(format!("invalid request URL: {e}")))?;
    let mut query = spec.query.encode();
    if !default_query.is_empty() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(default_query);
    }
    if !query.is_empty() {
        url.set_query(Some(&query));
    }
    Ok(url)
}

/// Headers in increasing precedence: accept and auth, then the client's (user agent,
/// identity, defaults), then the operation's header and cookie parameters, then per-call
/// headers.
fn build_headers(
    client: &Client,
    spec: &RequestSpec,
    options: &CallOptions,
    accept: &'static str,
) -> Result<HeaderMap> {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT, HeaderValue::from_static(accept));
    match spec.body {
        Body::Json(_) => {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        Body::Raw(content_type, _) => {
            headers.insert(CONTENT_TYPE, header_value("content-type", content_type)?);
        }
        // reqwest sets the multipart content type with its boundary.
        Body::Multipart(_) => {}
        Body::None => {}
    }
    if let Some((name, value)) = client.auth_header()? {
        headers.insert(name.clone(), value.clone());
    }
    for (name, value) in &client.inner.headers {
        headers.insert(name.clone(), value.clone());
    }
    // Cookie parameters share one header, at the level of the other header parameters.
    if !spec.cookies.is_empty() {
        headers.insert(COOKIE, header_value("cookie", &spec.cookies.cookie_header())?);
    }
    let extra = spec.headers.iter().map(|(n, v)| (*n, v.as_str())).chain(
        options
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str())),
    );
    for (name, value) in extra {
        headers.insert(header_name(name)?, header_value(name, value)?);
    }
    Ok(headers)
}

/// A fresh request for one attempt (multipart forms are rebuilt from their description).
fn build_request(
    http: &reqwest::Client,
    spec: &RequestSpec,
    url: Url,
    headers: HeaderMap,
) -> Result<reqwest::Request> {
    let builder = http.request(spec.method.clone(), url).headers(headers);
    let builder = match &spec.body {
        Body::None => builder,
        Body::Json(bytes) => builder.body(bytes.clone()),
        Body::Multipart(form) => builder.multipart(form.to_form()?),
        Body::Raw(_, bytes) => builder.body(bytes.clone()),
    };
    builder.build().map_err(Error::Transport)
}

/// Reads an error response into an [`ApiError`] (or a timeout/transport error if the body
/// cannot be read).
async fn api_error(response: Response, deadline: Instant, timeout: Duration) -> Error {
    let status = response.status();
    let headers = response.headers().clone();
    let body = match tokio::time::timeout_at(deadline, response.bytes()).await {
        Ok(Ok(body)) => body,
        Ok(Err(e)) => return Error::Transport(e),
        Err(_) => return Error::Timeout(timeout),
    };
    parse_api_error(status, headers, &body).into()
}

/// Understands `{"error": {"message", "type", "param", "code"}}`, and less strictly
/// `{"error": "text"}` and `{"message": "text"}` from compatible servers.
pub(crate) fn parse_api_error(status: StatusCode, headers: HeaderMap, body: &[u8]) -> ApiError {
    let json: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let object = json.get("error").filter(|e| e.is_object());
    let source = object.unwrap_or(&json);
    let message = text(source.get("message")).or_else(|| text(json.get("error")));
    let mut raw = String::from_utf8_lossy(body).into_owned();
    if raw.len() > MAX_ERROR_BODY {
        let mut cut = MAX_ERROR_BODY;
        while !raw.is_char_boundary(cut) {
            cut -= 1;
        }
        raw.truncate(cut);
    }
    ApiError {
        status,
        message: message.unwrap_or_else(|| {
            status
                .canonical_reason()
                .unwrap_or("unknown status")
                .to_owned()
        }),
        kind: text(source.get("type")),
        param: text(source.get("param")),
        code: text(source.get("code")),
        request_id: request_id(&headers),
        headers,
        body: if object.is_some() || raw.is_empty() {
            None
        } else {
            Some(raw)
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies() {
        let parse = |body: &str| {
            parse_api_error(StatusCode::BAD_REQUEST, HeaderMap::new(), body.as_bytes())
        };
        let e = parse(
            r#"{"error":{"message":"bad model","type":"invalid_request_error","param":"model","code":null}}"#,
        );
        assert_eq!(
            (
                e.message.as_str(),
                e.kind.as_deref(),
                e.param.as_deref(),
                e.code,
                e.body
            ),
            (
                "bad model",
                Some("invalid_request_error"),
                Some("model"),
                None,
                None
            )
        );
        assert_eq!(
            parse(r#"{"error":{"message":"m","code":429}}"#)
                .code
                .as_deref(),
            Some("429")
        );
        let e = parse(r#"{"error":"plain"}"#);
        assert_eq!((e.message.as_str(), e.body.is_some()), ("plain", true));
        let e = parse("<html>bad gateway</html>");
        assert_eq!(
            (e.message.as_str(), e.body.as_deref()),
            ("Bad Request", Some("<html>bad gateway</html>"))
        );
        assert_eq!(
            parse(&"é".repeat(MAX_ERROR_BODY)).body.unwrap().len(),
            MAX_ERROR_BODY
        );
        let shown = parse(r#"{"error":{"message":"m","type":"t"}}"#).to_string();
        assert_eq!(shown, "API error 400 Bad Request: m (type: t)");
    }

    #[test]
    fn urls_keep_encoded_segments() {
        let mut spec = RequestSpec::new(
            reqwest::Method::GET,
            format!("/files/{}", super::super::request::encode_path("a/b")),
        );
        spec.query().push("limit", 2);
        assert_eq!(
            build_url("http://h:1/v1", &spec, "").unwrap().as_str(),
            "http://h:1/v1/files/a%2Fb?limit=2"
        );
        assert_eq!(
            build_url("http://h:1/v1", &spec, "api-version=2025-04-01").unwrap().as_str(),
            "http://h:1/v1/files/a%2Fb?limit=2&api-version=2025-04-01"
        );
        let bare = RequestSpec::new(reqwest::Method::GET, "/models".to_owned());
        assert_eq!(
            build_url("http://h:1/v1", &bare, "api-version=1").unwrap().as_str(),
            "http://h:1/v1/models?api-version=1"
        );
    }
}
