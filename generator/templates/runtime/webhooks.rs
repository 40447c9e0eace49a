//! Receiving webhooks: checking that a delivery was signed by the API, then decoding it into
//! [`{{ names.webhook_event }}`].
//!
//! Deliveries are signed the Standard Webhooks way. Three headers come with each:
//! `webhook-id` (the message id, the same on every retry of one event), `webhook-timestamp`
//! (when it was signed, in Unix seconds) and `webhook-signature` (one or more
//! space-separated `v1,<base64>` entries). Each `v1` signature is the HMAC-SHA256 of
//! `{id}.{timestamp}.{body}` under the secret's key; the secret is written `whsec_`
//! followed by the base64 of the key bytes. A delivery passes when one of its signatures
//! matches under one of the configured secrets (several during a rotation) and its
//! timestamp is within the tolerance of now (five minutes by default, either way), so a
//! captured delivery cannot be replayed later.
//!
//! The check needs the body exactly as received: verify the raw bytes before any JSON
//! parsing or re-encoding. Headers come from any [`WebhookHeaders`]: an `http`/`reqwest`
//! `HeaderMap` with the `client` feature, or pairs and maps of strings without it.

use std::borrow::Cow;
// A `HashMap` of headers is read in sorted order (see its impl), so nothing here depends
// on its iteration order.
#[allow(clippy::disallowed_types)]
use std::collections::HashMap;
use std::collections::BTreeMap;
use std::fmt;
use std::hash::BuildHasher;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::codec::{DecodeError, decode_json};
use crate::types::{{ names.webhook_event }};

/// How far a delivery's timestamp may be from now, either way, unless
/// [`Webhooks::with_tolerance`] says otherwise: five minutes.
pub const DEFAULT_WEBHOOK_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// The environment variable [`Webhooks::from_env`] reads.
const ENV_WEBHOOK_SECRET: &str = "{{ names.env_webhook_secret }}";
/// What the API's secrets start with; the rest is base64.
const SECRET_PREFIX: &str = "whsec_";
const HEADER_ID: &str = "webhook-id";
const HEADER_TIMESTAMP: &str = "webhook-timestamp";
const HEADER_SIGNATURE: &str = "webhook-signature";
/// The signature scheme this verifier checks (HMAC-SHA256); entries of other schemes are
/// skipped.
const SCHEME: &str = "v1";

/// Standard base64, with or without padding (secrets are pasted by hand).
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Verifies webhook deliveries with one or more signing secrets, and decodes them.
///
/// ```text
/// let webhooks = Webhooks::from_env()?;                 // {{ names.env_webhook_secret }}
/// let event = webhooks.unwrap(&headers, &body)?;        // verified, then decoded
/// ```
#[derive(Clone)]
pub struct Webhooks {
    /// The keys of the configured secrets, in the order given.
    keys: Vec<Vec<u8>>,
    tolerance: Duration,
}

impl fmt::Debug for Webhooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhooks")
            .field("secrets", &format_args!("{} (redacted)", self.keys.len()))
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

impl Webhooks {
    /// A verifier for one secret: `whsec_` followed by base64, as the API shows it. A secret
    /// without the prefix is read as base64 too; anything else is
    /// [`WebhookError::InvalidSecret`].
    pub fn new(secret: &str) -> Result<Webhooks, WebhookError> {
        Webhooks::with_secrets([secret])
    }

    /// A verifier that accepts a signature made with any of these secrets: while a secret is
    /// rotated, configure the old and the new one. At least one is needed.
    pub fn with_secrets<I>(secrets: I) -> Result<Webhooks, WebhookError>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let keys = secrets.into_iter().map(|s| decode_secret(s.as_ref())).collect::<Result<Vec<_>, _>>()?;
        if keys.is_empty() {
            return Err(WebhookError::InvalidSecret { reason: "no secret was given".to_owned() });
        }
        Ok(Webhooks { keys, tolerance: DEFAULT_WEBHOOK_TOLERANCE })
    }

    /// A verifier for the secret in `{{ names.env_webhook_secret }}`; several secrets separated
    /// by spaces are all accepted (a rotation).
    pub fn from_env() -> Result<Webhooks, WebhookError> {
        let value = std::env::var(ENV_WEBHOOK_SECRET).unwrap_or_default();
        if value.trim().is_empty() {
            return Err(WebhookError::MissingSecret { variable: ENV_WEBHOOK_SECRET });
        }
        Webhooks::with_secrets(value.split_whitespace())
    }

    /// How far a delivery's timestamp may be from now, either way (default
    /// [`DEFAULT_WEBHOOK_TOLERANCE`]).
    #[must_use]
    pub fn with_tolerance(mut self, tolerance: Duration) -> Webhooks {
        self.tolerance = tolerance;
        self
    }

    /// The timestamp tolerance in use.
    pub fn tolerance(&self) -> Duration {
        self.tolerance
    }

    /// Checks a delivery's signature and timestamp against the clock.
    pub fn verify<H: WebhookHeaders + ?Sized>(&self, headers: &H, body: &[u8]) -> Result<(), WebhookError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// [`Webhooks::verify`] with `now` as the current time (for tests, or a clock of your own).
    pub fn verify_at<H: WebhookHeaders + ?Sized>(
        &self,
        headers: &H,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        let id = required(headers, HEADER_ID)?;
        let timestamp_text = required(headers, HEADER_TIMESTAMP)?;
        let signatures = required(headers, HEADER_SIGNATURE)?;
        let timestamp: i64 = timestamp_text.trim().parse().map_err(|_| WebhookError::InvalidHeader {
            header: HEADER_TIMESTAMP,
            reason: format!("expected Unix seconds, found `{}`", shorten(&timestamp_text)),
        })?;
        self.check_timestamp(timestamp, now)?;
        let candidates = parse_signatures(&signatures)?;
        for key in &self.keys {
            let mac = signer(key, id.trim(), timestamp_text.trim(), body);
            // `verify_slice` compares in constant time.
            if candidates.iter().any(|signature| mac.clone().verify_slice(signature).is_ok()) {
                return Ok(());
            }
        }
        Err(WebhookError::NoMatchingSignature { signatures: candidates.len(), secrets: self.keys.len() })
    }

    /// Verifies a delivery ([`Webhooks::verify`]), then decodes its body into a
    /// [`{{ names.webhook_event }}`]; a decode error names the JSON path that failed.
    pub fn unwrap<H: WebhookHeaders + ?Sized>(
        &self,
        headers: &H,
        body: &[u8],
    ) -> Result<{{ names.webhook_event }}, WebhookError> {
        self.unwrap_at(headers, body, SystemTime::now())
    }

    /// [`Webhooks::unwrap`] with `now` as the current time.
    pub fn unwrap_at<H: WebhookHeaders + ?Sized>(
        &self,
        headers: &H,
        body: &[u8],
        now: SystemTime,
    ) -> Result<{{ names.webhook_event }}, WebhookError> {
        self.verify_at(headers, body, now)?;
        decode_json(body).map_err(WebhookError::Decode)
    }

    /// The `webhook-signature` value (`v1,<base64>`) for a delivery, made with the first
    /// configured secret: for testing a handler with deliveries of your own, the way the
    /// API would sign them.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
        let key = self.keys.first().map(Vec::as_slice).unwrap_or_default();
        let signature = signer(key, id, &timestamp.to_string(), body).finalize().into_bytes();
        format!("{SCHEME},{}", BASE64.encode(signature))
    }

    fn check_timestamp(&self, timestamp: i64, now: SystemTime) -> Result<(), WebhookError> {
        let now = match now.duration_since(UNIX_EPOCH) {
            Ok(since) => i128::from(since.as_secs()),
            Err(before) => -i128::from(before.duration().as_secs()),
        };
        let tolerance = i128::from(self.tolerance.as_secs());
        let skew = now - i128::from(timestamp);
        let seconds = |s: i128| Duration::from_secs(u64::try_from(s.unsigned_abs()).unwrap_or(u64::MAX));
        if skew > tolerance {
            Err(WebhookError::TimestampTooOld { timestamp, age: seconds(skew), tolerance: self.tolerance })
        } else if -skew > tolerance {
            Err(WebhookError::TimestampInFuture { timestamp, ahead: seconds(skew), tolerance: self.tolerance })
        } else {
            Ok(())
        }
    }
}

/// The HMAC of `{id}.{timestamp}.{body}` under `key`, not yet finalized.
fn signer(key: &[u8], id: &str, timestamp: &str, body: &[u8]) -> Hmac<Sha256> {
    // HMAC takes keys of any length: this cannot fail.
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

fn decode_secret(secret: &str) -> Result<Vec<u8>, WebhookError> {
    let trimmed = secret.trim();
    let encoded = trimmed.strip_prefix(SECRET_PREFIX).unwrap_or(trimmed);
    let key = BASE64.decode(encoded).map_err(|err| WebhookError::InvalidSecret {
        reason: format!("expected `{SECRET_PREFIX}` followed by base64: {err}"),
    })?;
    if key.is_empty() {
        return Err(WebhookError::InvalidSecret { reason: "the secret is empty".to_owned() });
    }
    Ok(key)
}

/// The decoded `v1` signatures of a `webhook-signature` value.
fn parse_signatures(value: &str) -> Result<Vec<Vec<u8>>, WebhookError> {
    let malformed = |reason: String| WebhookError::InvalidHeader { header: HEADER_SIGNATURE, reason };
    let mut signatures = Vec::new();
    let mut entries = 0;
    for entry in value.split_whitespace() {
        entries += 1;
        let Some((scheme, signature)) = entry.split_once(',') else {
            return Err(malformed(format!("expected `{SCHEME},<base64>` entries, found `{}`", shorten(entry))));
        };
        if scheme != SCHEME {
            continue;
        }
        match BASE64.decode(signature) {
            Ok(bytes) => signatures.push(bytes),
            Err(_) => return Err(malformed(format!("the signature `{}` is not base64", shorten(signature)))),
        }
    }
    if signatures.is_empty() {
        let reason = if entries == 0 {
            "it is empty".to_owned()
        } else {
            format!("none of its {entries} entries is a `{SCHEME},<base64>` signature")
        };
        return Err(malformed(reason));
    }
    Ok(signatures)
}

fn required<'h, H: WebhookHeaders + ?Sized>(headers: &'h H, name: &'static str) -> Result<Cow<'h, str>, WebhookError> {
    match headers.header(name) {
        Some(value) if !value.trim().is_empty() => Ok(value),
        _ => Err(WebhookError::MissingHeader { header: name }),
    }
}

/// A header value for a message, cut to a readable length.
fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_owned(),
    }
}

/// What a webhook delivery's headers are read from: an `http`/`reqwest` `HeaderMap` (with
/// the `client` feature), or slices, arrays, `Vec`s, `HashMap`s and `BTreeMap`s of string
/// pairs. Header names are matched without regard to case.
pub trait WebhookHeaders {
    /// The value of the header `name` (given in lower case), its values joined by spaces
    /// when it occurs several times; `None` when absent.
    fn header(&self, name: &str) -> Option<Cow<'_, str>>;
}

impl<T: WebhookHeaders + ?Sized> WebhookHeaders for &T {
    fn header(&self, name: &str) -> Option<Cow<'_, str>> {
        (**self).header(name)
    }
}

#[cfg(feature = "client")]
impl WebhookHeaders for reqwest::header::HeaderMap {
    fn header(&self, name: &str) -> Option<Cow<'_, str>> {
        joined(self.get_all(name).iter().map(|value| String::from_utf8_lossy(value.as_bytes())))
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for [(K, V)] {
    fn header(&self, name: &str) -> Option<Cow<'_, str>> {
        pairs(self.iter().map(|(k, v)| (k, v)), name)
    }
}

impl<K: AsRef<str>, V: AsRef<str>, const N: usize> WebhookHeaders for [(K, V); N] {
    fn header(&self, name: &str) -> Option<Cow<'_, str>> {
        self.as_slice().header(name)
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for Vec<(K, V)> {
    fn header(&self, name: &str) -> Option<Cow<'_, str>> {
        self.as_slice().header(name)
    }
}

#[allow(clippy::disallowed_types)]
impl<K: AsRef<str>, V: AsRef<str>, S: BuildHasher> WebhookHeaders for HashMap<K, V, S> {
    fn header(&self, name: &str) -> Option<Cow<'_, str>> {
        // Sorted by name first, so that two spellings of one header join in a fixed order.
        let mut entries: Vec<(&K, &V)> = self.iter().collect();
        entries.sort_by(|a, b| a.0.as_ref().cmp(b.0.as_ref()));
        pairs(entries.into_iter(), name)
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for BTreeMap<K, V> {
    fn header(&self, name: &str) -> Option<Cow<'_, str>> {
        pairs(self.iter(), name)
    }
}

fn pairs<'a, K: AsRef<str> + 'a, V: AsRef<str> + 'a>(
    entries: impl Iterator<Item = (&'a K, &'a V)>,
    name: &str,
) -> Option<Cow<'a, str>> {
    joined(entries.filter(|(k, _)| k.as_ref().eq_ignore_ascii_case(name)).map(|(_, v)| Cow::Borrowed(v.as_ref())))
}

fn joined<'a>(mut values: impl Iterator<Item = Cow<'a, str>>) -> Option<Cow<'a, str>> {
    let first = values.next()?;
    let Some(second) = values.next() else { return Some(first) };
    let mut all = format!("{first} {second}");
    for value in values {
        all.push(' ');
        all.push_str(&value);
    }
    Some(Cow::Owned(all))
}

/// Why a webhook delivery was refused, or a verifier could not be made.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A secret is neither `whsec_<base64>` nor base64, or decodes to no bytes.
    InvalidSecret {
        /// What is wrong with it (the secret itself is never repeated).
        reason: String,
    },
    /// [`Webhooks::from_env`] found the environment variable unset or empty.
    MissingSecret {
        /// The variable (`{{ names.env_webhook_secret }}`).
        variable: &'static str,
    },
    /// The delivery lacks one of the signature headers (or it is empty).
    MissingHeader {
        /// `webhook-id`, `webhook-timestamp` or `webhook-signature`.
        header: &'static str,
    },
    /// A signature header cannot be read.
    InvalidHeader {
        /// The header.
        header: &'static str,
        /// What is wrong with its value.
        reason: String,
    },
    /// The delivery was signed longer ago than the tolerance allows: a replay, a delivery
    /// held up on the way, or a clock that is wrong.
    TimestampTooOld {
        /// The `webhook-timestamp` (Unix seconds).
        timestamp: i64,
        /// How long before now it is.
        age: Duration,
        /// The tolerance it exceeds.
        tolerance: Duration,
    },
    /// The delivery's timestamp is further in the future than the tolerance allows (a clock
    /// that is wrong, here or at the sender).
    TimestampInFuture {
        /// The `webhook-timestamp` (Unix seconds).
        timestamp: i64,
        /// How far after now it is.
        ahead: Duration,
        /// The tolerance it exceeds.
        tolerance: Duration,
    },
    /// No signature of the delivery matches its id, timestamp and body under any configured
    /// secret: the body was changed, or it was signed with another secret.
    NoMatchingSignature {
        /// How many `v1` signatures the header holds.
        signatures: usize,
        /// How many secrets were tried.
        secrets: usize,
    },
    /// The verified body does not decode as an event.
    Decode(DecodeError),
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::InvalidSecret { reason } => write!(f, "invalid webhook secret: {reason}"),
            WebhookError::MissingSecret { variable } => {
                write!(f, "no webhook secret: the environment variable {variable} is not set")
            }
            WebhookError::MissingHeader { header } => write!(f, "the webhook request has no `{header}` header"),
            WebhookError::InvalidHeader { header, reason } => {
                write!(f, "the webhook request's `{header}` header is malformed: {reason}")
            }
            WebhookError::TimestampTooOld { timestamp, age, tolerance } => write!(
                f,
                "the webhook was signed {} s ago (timestamp {timestamp}), beyond the tolerance of {} s",
                age.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::TimestampInFuture { timestamp, ahead, tolerance } => write!(
                f,
                "the webhook's timestamp {timestamp} is {} s in the future, beyond the tolerance of {} s",
                ahead.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::NoMatchingSignature { signatures, secrets } => write!(
                f,
                "no webhook signature matches: {signatures} signature(s) checked against {secrets} secret(s)"
            ),
            WebhookError::Decode(err) => write!(
                f,
                "the webhook payload does not decode as `{{ names.webhook_event }}` at `{}`: {}",
                err.path, err.message
            ),
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookError::Decode(err) => Some(err),
            _ => None,
        }
    }
}
