//! The retry policy: which failures are tried again, and when.

use std::time::Duration;

use crate::catalog::{DeliveryRules, SuccessRule};
use crate::model::{DeliveryStatus, RetryPolicy, TransportErrorKind};

/// Standard Webhooks' schedule after the immediate first attempt.
const STANDARD: [u64; 7] = [5, 300, 1_800, 7_200, 18_000, 36_000, 36_000];
const FAST: [u64; 5] = [1, 2, 5, 10, 30];
/// A Retry-After longer than this is capped: a day is past any sane local test.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);
/// ±10 % around each delay, so that many failed deliveries do not retry in lockstep.
const JITTER: f64 = 0.10;

impl RetryPolicy {
    /// The policy a delivery of this provider follows: `provider` becomes the profile's own
    /// schedule (none for the seed providers), or Hookbench's standard one where the profile
    /// documents none.
    pub fn resolve(&self, rules: &DeliveryRules) -> RetryPolicy {
        match (self, &rules.retry_delays_ms) {
            (RetryPolicy::Provider, Some(delays)) if delays.is_empty() => RetryPolicy::None,
            (RetryPolicy::Provider, Some(delays)) => RetryPolicy::Custom {
                delays_ms: delays.clone(),
            },
            (RetryPolicy::Provider, None) => RetryPolicy::Standard,
            (other, _) => other.clone(),
        }
    }

    /// The delays before each retry (`provider` unresolved: Hookbench's standard schedule).
    pub fn delays(&self) -> Vec<Duration> {
        match self {
            RetryPolicy::Standard | RetryPolicy::Provider => {
                STANDARD.iter().map(|s| Duration::from_secs(*s)).collect()
            }
            RetryPolicy::Fast => FAST.iter().map(|s| Duration::from_secs(*s)).collect(),
            RetryPolicy::None => Vec::new(),
            RetryPolicy::Custom { delays_ms } => delays_ms
                .iter()
                .map(|ms| Duration::from_millis(*ms))
                .collect(),
        }
    }
}

/// How one attempt ended, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Succeeded,
    /// Worth another try (network error, timeout, 5xx, 429...).
    Retryable,
    /// Trying again will not help (4xx, 3xx, a blocked or invalid URL).
    Final,
    /// 410 Gone: the endpoint is gone for good; the webhook is turned off.
    Gone,
}

/// Classifies an answer (`status`) or a transport failure (`error`). A 2xx the provider does not
/// count as delivered (Connectly takes only 200) is a failure worth another try.
pub fn classify(
    status: Option<u16>,
    error: Option<TransportErrorKind>,
    retry_client_errors: bool,
    success: SuccessRule,
) -> Outcome {
    match (status, error) {
        (Some(s), _) if success.accepts(s) => Outcome::Succeeded,
        (Some(s), _) if (200..300).contains(&s) => Outcome::Retryable,
        (Some(410), _) => Outcome::Gone,
        (Some(s), _) if s >= 500 || s == 429 || s == 408 => Outcome::Retryable,
        (Some(s), _) if (400..500).contains(&s) && retry_client_errors => Outcome::Retryable,
        (Some(_), _) => Outcome::Final,
        (None, Some(TransportErrorKind::InvalidUrl | TransportErrorKind::Blocked)) => {
            Outcome::Final
        }
        (None, _) => Outcome::Retryable,
    }
}

/// What to do after attempt number `attempt` (1-based) of a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Next {
    pub status: DeliveryStatus,
    /// When to try again (retrying only).
    pub after: Option<Duration>,
}

pub struct Decision<'a> {
    pub outcome: Outcome,
    pub attempt: u32,
    pub policy: &'a RetryPolicy,
    /// A manual retry gets one attempt.
    pub manual: bool,
    pub retry_after: Option<Duration>,
    /// A number in [0, 1) for the jitter.
    pub random: f64,
}

pub fn next(decision: Decision) -> Next {
    let give_up = Next {
        status: DeliveryStatus::Failed,
        after: None,
    };
    match decision.outcome {
        Outcome::Succeeded => Next {
            status: DeliveryStatus::Succeeded,
            after: None,
        },
        Outcome::Final | Outcome::Gone => give_up,
        Outcome::Retryable if decision.manual => give_up,
        Outcome::Retryable => {
            let delays = decision.policy.delays();
            let Some(delay) = delays.get(decision.attempt.saturating_sub(1) as usize) else {
                return give_up;
            };
            let after = match decision.retry_after {
                Some(asked) => asked.min(MAX_RETRY_AFTER),
                None => jittered(*delay, decision.random),
            };
            Next {
                status: DeliveryStatus::Retrying,
                after: Some(after),
            }
        }
    }
}

fn jittered(delay: Duration, random: f64) -> Duration {
    let factor = 1.0 + JITTER * (2.0 * random.clamp(0.0, 1.0) - 1.0);
    delay.mul_f64(factor)
}
