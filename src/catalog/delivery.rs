//! How a provider delivers, as its page says: what counts as delivered, its own retry behaviour,
//! and whether an event's attempts carry the time each is sent or the event's own time. Read from
//! the profile's `delivery` block (documented in `catalog/README.md`).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use utoipa::ToSchema;

use super::decode::{kind, Obj};
use super::error::CatalogError;

/// A provider's delivery rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct DeliveryRules {
    /// Which answers count as delivered.
    pub success: SuccessRule,
    /// The provider's own automatic retries: the delays in ms before each retry (`[]`: none).
    /// Absent: the profile documents none, and a webhook left on the provider's behaviour uses
    /// Hookbench's standard schedule.
    #[ts(type = "Array<number> | null")]
    pub retry_delays_ms: Option<Vec<u64>>,
    /// What the provider's page says about retrying, for people ("retried by hand from the logs").
    pub retry_note: String,
    pub timestamps: Timestamps,
    /// With `event` timestamps, the JSON pointer where the body carries the event's time; a body
    /// with an RFC 3339 time there (an edited or captured one) sets the time of its attempts.
    pub event_time_field: Option<String>,
}

/// Which answers count as delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub enum SuccessRule {
    /// Any 2xx (most providers; Standard Webhooks).
    #[serde(rename = "2xx")]
    AnyTwoHundred,
    /// Only 200 (Connectly: "any non-200 response is a failure").
    #[serde(rename = "200")]
    OnlyOk,
}

/// The time a delivery's headers and signature carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Timestamps {
    /// Each attempt is stamped with the time it is sent (Stripe, Standard Webhooks, Slack).
    Attempt,
    /// Every attempt carries the event's time, retries included (ConnectGain).
    Event,
}

impl Default for DeliveryRules {
    fn default() -> DeliveryRules {
        DeliveryRules {
            success: SuccessRule::AnyTwoHundred,
            retry_delays_ms: None,
            retry_note: String::new(),
            timestamps: Timestamps::Attempt,
            event_time_field: None,
        }
    }
}

impl SuccessRule {
    pub fn accepts(self, status: u16) -> bool {
        match self {
            SuccessRule::AnyTwoHundred => (200..300).contains(&status),
            SuccessRule::OnlyOk => status == 200,
        }
    }

    /// "any 2xx", "only 200".
    pub fn describe(self) -> &'static str {
        match self {
            SuccessRule::AnyTwoHundred => "any 2xx",
            SuccessRule::OnlyOk => "only 200",
        }
    }
}

/// The longest automatic schedule a profile may document.
const MAX_RETRIES: usize = 20;

/// Reads the profile's `delivery` block; absent means the defaults.
pub(crate) fn load(profile: &Obj) -> Result<DeliveryRules, CatalogError> {
    if profile.opt("delivery").is_none() {
        return Ok(DeliveryRules::default());
    }
    let d = profile.child("delivery")?;
    d.only(&[
        "success",
        "retry",
        "retry_note",
        "timestamps",
        "event_time_field",
    ])?;
    let success = match d.opt_string("success")?.as_deref() {
        None | Some("2xx") => SuccessRule::AnyTwoHundred,
        Some("200") => SuccessRule::OnlyOk,
        Some(other) => {
            return Err(d.err(
                "success",
                format!("`{other}` is not a success rule: use \"2xx\" or \"200\""),
            ))
        }
    };
    let retry_delays_ms = match d.opt("retry") {
        None => None,
        Some(Value::Array(items)) if items.len() <= MAX_RETRIES => Some(
            items
                .iter()
                .map(|v| {
                    v.as_u64()
                        .ok_or_else(|| d.err("retry", "delays are whole milliseconds"))
                })
                .collect::<Result<Vec<u64>, _>>()?,
        ),
        Some(v) => {
            return Err(d.err(
                "retry",
                format!(
                    "expected the delays in ms before each retry (at most {MAX_RETRIES}; [] for \
                     none), found {}",
                    kind(v)
                ),
            ))
        }
    };
    let timestamps = match d.opt_string("timestamps")?.as_deref() {
        None | Some("attempt") => Timestamps::Attempt,
        Some("event") => Timestamps::Event,
        Some(other) => {
            return Err(d.err(
                "timestamps",
                format!("`{other}` is not a choice: use \"attempt\" or \"event\""),
            ))
        }
    };
    let event_time_field = d.opt_string("event_time_field")?;
    if let Some(field) = &event_time_field {
        if !field.starts_with('/') || timestamps != Timestamps::Event {
            return Err(d.err(
                "event_time_field",
                "a JSON pointer (`/timestamp`), and only with \"timestamps\": \"event\"",
            ));
        }
    }
    Ok(DeliveryRules {
        success,
        retry_delays_ms,
        retry_note: d.opt_string("retry_note")?.unwrap_or_default(),
        timestamps,
        event_time_field,
    })
}
