//! Response metadata: status, headers, request id and rate-limit headers.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// Header carrying the server's id for the request.
pub(crate) const REQUEST_ID: &str = "x-request-id";

/// Status, headers and request id of a successful response
/// (see `Call::send_with_meta`).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ResponseMeta {
    /// HTTP status code.
    pub status: StatusCode,
    /// All response headers.
    pub headers: HeaderMap,
    /// The `x-request-id` header.
    pub request_id: Option<String>,
}

/// The `x-request-id` header of a response, if it is text.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

impl ResponseMeta {
    /// `request_id` is [`request_id`] of `headers`, already read by the transport.
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, request_id: Option<String>) -> Self {
        ResponseMeta {
            status,
            headers,
            request_id,
        }
    }

    /// The `x-ratelimit-*` headers, parsed.
    pub fn rate_limits(&self) -> RateLimits {
        RateLimits::from_headers(&self.headers)
    }
}

/// The `x-ratelimit-*` response headers. Every field is `None` when its header is
/// missing or malformed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateLimits {
    /// `x-ratelimit-limit-requests`: requests allowed per window.
    pub limit_requests: Option<u64>,
    /// `x-ratelimit-limit-tokens`: tokens allowed per window.
    pub limit_tokens: Option<u64>,
    /// `x-ratelimit-remaining-requests`.
    pub remaining_requests: Option<u64>,
    /// `x-ratelimit-remaining-tokens`.
    pub remaining_tokens: Option<u64>,
    /// `x-ratelimit-reset-requests`: time until the request budget is restored.
    pub reset_requests: Option<ResetTime>,
    /// `x-ratelimit-reset-tokens`: time until the token budget is restored.
    pub reset_tokens: Option<ResetTime>,
}

impl RateLimits {
    /// Reads the rate-limit headers from `headers`.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::trim)
        };
        let number = |name: &str| text(name).and_then(|v| v.parse().ok());
        let reset = |name: &str| {
            text(name).map(|raw| ResetTime {
                raw: raw.to_owned(),
                duration: parse_duration(raw),
            })
        };
        RateLimits {
            limit_requests: number("x-ratelimit-limit-requests"),
            limit_tokens: number("x-ratelimit-limit-tokens"),
            remaining_requests: number("x-ratelimit-remaining-requests"),
            remaining_tokens: number("x-ratelimit-remaining-tokens"),
            reset_requests: reset("x-ratelimit-reset-requests"),
            reset_tokens: reset("x-ratelimit-reset-tokens"),
        }
    }
}

/// A reset time as sent (`"1s"`, `"6m0s"`, `"20ms"`) and parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResetTime {
    /// The header value as sent.
    pub raw: String,
    /// The value as a duration, when it is in the `1h2m3.5s` form.
    pub duration: Option<Duration>,
}

/// Parses durations of the form `1h2m3.5s`, `250ms`, `10us`, `7ns` (a sequence of
/// decimal numbers, each followed by a unit); a bare number counts as seconds.
pub(crate) fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<f64>() {
        return Duration::try_from_secs_f64(seconds).ok();
    }
    let mut rest = text;
    let mut total = 0.0_f64;
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let number: f64 = rest[..number_len].parse().ok()?;
        rest = &rest[number_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 1e-3,
            "us" | "µs" => 1e-6,
            "ns" => 1e-9,
            _ => return None,
        };
        total += number * scale;
        rest = &rest[unit_len..];
    }
    if text.is_empty() {
        None
    } else {
        Duration::try_from_secs_f64(total).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1s"), Some(Duration::from_secs(1)));
        assert_eq!(parse_duration("6m0s"), Some(Duration::from_secs(360)));
        assert_eq!(
            parse_duration("1h2m3.5s"),
            Some(Duration::from_millis(3_723_500))
        );
        assert_eq!(parse_duration("20ms"), Some(Duration::from_millis(20)));
        assert_eq!(parse_duration("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_duration(""), None);
        assert_eq!(parse_duration("5 parsecs"), None);
        assert_eq!(parse_duration("s"), None);
    }

    #[test]
    fn rate_limit_headers() {
        let mut headers = HeaderMap::new();
        for (name, value) in [
            ("x-ratelimit-limit-requests", "60"),
            ("x-ratelimit-limit-tokens", "150000"),
            ("x-ratelimit-remaining-requests", "59"),
            ("x-ratelimit-remaining-tokens", "bogus"),
            ("x-ratelimit-reset-requests", "1s"),
            ("x-request-id", "req_1"),
        ] {
            headers.insert(name, HeaderValue::from_static(value));
        }
        let id = request_id(&headers);
        let meta = ResponseMeta::new(StatusCode::OK, headers, id);
        assert_eq!(meta.request_id.as_deref(), Some("req_1"));
        let limits = meta.rate_limits();
        assert_eq!(
            (
                limits.limit_requests,
                limits.limit_tokens,
                limits.remaining_requests
            ),
            (Some(60), Some(150_000), Some(59))
        );
        assert_eq!(limits.remaining_tokens, None);
        assert_eq!(
            limits.reset_requests,
            Some(ResetTime {
                raw: "1s".to_owned(),
                duration: Some(Duration::from_secs(1))
            })
        );
        assert_eq!(limits.reset_tokens, None);
    }
}
