// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! When to retry a request and how long to wait first. Pure functions, so the policy is
//! tested without a server or a clock.

use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// First backoff delay; doubled for every further retry.
const INITIAL_DELAY: Duration = Duration::from_millis(500);
/// Largest backoff delay.
const MAX_DELAY: Duration = Duration::from_secs(8);
/// Server-requested delays above this are ignored in favour of our own backoff.
const MAX_SERVER_DELAY: Duration = Duration::from_secs(60);

/// Whether a response with this status and these headers should be retried.
/// `x-should-retry: true|false` from the server overrides the status rule.
pub(crate) fn should_retry(status: StatusCode, headers: &HeaderMap) -> bool {
    match headers.get("x-should-retry").and_then(|v| v.to_str().ok()) {
        Some("true") => return true,
        Some("false") => return false,
        _ => {}
    }
    matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error()
}

/// The delay before retry number `retry` (0 for the first retry): the server's
/// `retry-after-ms` / `retry-after` when given and within (0, 60 s], otherwise
/// exponential backoff with jitter.
pub(crate) fn retry_delay(retry: u32, headers: Option<&HeaderMap>) -> Duration {
    headers
        .and_then(|h| server_delay(h, SystemTime::now()))
        .unwrap_or_else(|| backoff(retry, jitter_factor()))
}

/// The delay the server asked for, if acceptable.
pub(crate) fn server_delay(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    let from_ms = header("retry-after-ms")
        .and_then(|v| v.parse::<f64>().ok())
        .and_then(|ms| Duration::try_from_secs_f64(ms / 1000.0).ok());
    let delay = from_ms.or_else(|| {
        let value = header("retry-after")?;
        match value.parse::<f64>() {
            Ok(seconds) => Duration::try_from_secs_f64(seconds).ok(),
            Err(_) => parse_http_date(value)?.duration_since(now).ok(),
        }
    })?;
    (delay > Duration::ZERO && delay <= MAX_SERVER_DELAY).then_some(delay)
}

/// `0.5 s · 2^retry`, capped at 8 s, scaled by `jitter` (expected in [0.75, 1.0]).
pub(crate) fn backoff(retry: u32, jitter: f64) -> Duration {
    let base = INITIAL_DELAY
        .saturating_mul(2_u32.saturating_pow(retry.min(16)))
        .min(MAX_DELAY);
    base.mul_f64(jitter)
}

/// A random factor in [0.75, 1.0]. Jitter needs no strong randomness: the standard
/// library's randomly keyed hasher is enough and avoids a dependency.
fn jitter_factor() -> f64 {
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    1.0 - 0.25 * ((random >> 11) as f64 / (1_u64 << 53) as f64)
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form `retry-after`
/// dates take.
fn parse_http_date(text: &str) -> Option<SystemTime> {
    let mut parts = text.split_ascii_whitespace();
    let _weekday = parts.next()?;
    let day: u64 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: u64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':').map(|n| n.parse::<u64>().ok());
    let (h, m, s) = (clock.next()??, clock.next()??, clock.next()??);
    if parts.next()? != "GMT"
        || year < 1970
        || !(1..=31).contains(&day)
        || h > 23
        || m > 59
        || s > 60
    {
        return None;
    }
    // Days since the epoch, by the civil-from-days algorithm run backwards (H. Hinnant).
    let (y, mo) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y / 400;
    let yoe = y - era * 400;
    let doy = (153 * mo + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = (era * 146_097 + doe).checked_sub(719_468)?;
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(days * 86_400 + h * 3600 + m * 60 + s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(n, v)| {
                (
                    reqwest::header::HeaderName::from_static(n),
                    HeaderValue::from_static(v),
                )
            })
            .collect()
    }

    #[test]
    fn statuses() {
        let none = HeaderMap::new();
        for code in [408, 409, 429, 500, 502, 503, 504] {
            assert!(
                should_retry(StatusCode::from_u16(code).unwrap(), &none),
                "{code}"
            );
        }
        for code in [400, 401, 403, 404, 422] {
            assert!(
                !should_retry(StatusCode::from_u16(code).unwrap(), &none),
                "{code}"
            );
        }
        assert!(should_retry(
            StatusCode::BAD_REQUEST,
            &headers(&[("x-should-retry", "true")])
        ));
        assert!(!should_retry(
            StatusCode::SERVICE_UNAVAILABLE,
            &headers(&[("x-should-retry", "false")])
        ));
    }

    #[test]
    fn server_delays() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
        let d = |pairs| server_delay(&headers(pairs), now);
        assert_eq!(
            d(&[("retry-after-ms", "1500.5")]),
            Some(Duration::from_micros(1_500_500))
        );
        assert_eq!(
            d(&[("retry-after-ms", "10"), ("retry-after", "30")]),
            Some(Duration::from_millis(10))
        );
        assert_eq!(d(&[("retry-after", "2")]), Some(Duration::from_secs(2)));
        assert_eq!(
            d(&[("retry-after", "Sun, 06 Nov 1994 08:50:07 GMT")]),
            Some(Duration::from_secs(30))
        );
        assert_eq!(d(&[("retry-after", "Sun, 06 Nov 1994 08:49:00 GMT")]), None); // in the past
        assert_eq!(d(&[("retry-after", "61")]), None);
        assert_eq!(d(&[("retry-after", "0")]), None);
        assert_eq!(d(&[("retry-after", "-1")]), None);
        assert_eq!(d(&[("retry-after", "soon")]), None);
        assert_eq!(d(&[]), None);
    }

    #[test]
    fn http_dates() {
        assert_eq!(
            parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"),
            Some(SystemTime::UNIX_EPOCH)
        );
        let leap = parse_http_date("Thu, 29 Feb 2024 12:00:00 GMT").unwrap();
        assert_eq!(
            leap.duration_since(SystemTime::UNIX_EPOCH)
                .unwrap()
                .as_secs(),
            1_709_208_000
        );
        assert_eq!(parse_http_date("Thu, 29 Foo 2024 12:00:00 GMT"), None);
        assert_eq!(parse_http_date("Thu, 29 Feb 2024 12:00 GMT"), None);
    }

    #[test]
    fn backoff_bounds() {
        assert_eq!(backoff(0, 1.0), Duration::from_millis(500));
        assert_eq!(backoff(1, 1.0), Duration::from_secs(1));
        assert_eq!(backoff(4, 1.0), Duration::from_secs(8));
        assert_eq!(backoff(40, 1.0), Duration::from_secs(8));
        assert_eq!(backoff(0, 0.75), Duration::from_millis(375));
        for retry in 0..6 {
            let delay = retry_delay(retry, None);
            assert!(
                delay >= backoff(retry, 0.75) && delay <= backoff(retry, 1.0),
                "{delay:?}"
            );
        }
    }
}
