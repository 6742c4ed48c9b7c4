//! What a capture is named as it is stored: its provider and event, recognised from the
//! request itself (or the inbox's verifying provider), and its signature state where a secret
//! is known (the inbox's verification, else the secrets saved for that provider).

use std::sync::OnceLock;

use crate::base::error::Result;
use crate::catalog::{self, Catalog};
use crate::model::{CaptureCheck, CheckRequest, Header};
use crate::services::capture::check::{badge, check_request};
use crate::services::capture::recognize::{Recognition, Recognizer};
use crate::services::provider::secrets::ProviderSecrets;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Naming {
    pub provider: Option<String>,
    pub event: Option<String>,
    /// `valid`, `invalid` or `unsigned`; None when no secret is known.
    pub signature: Option<String>,
}

/// Names a request: `check` is the inbox's own check of it, when the inbox verifies;
/// `arrived` (unix seconds) is when it came in, the time timestamped signatures are judged by.
pub async fn name(
    secrets: &ProviderSecrets,
    check: Option<&CaptureCheck>,
    headers: &[Header],
    body: &[u8],
    arrived: i64,
) -> Result<Naming> {
    if let Some(check) = check {
        return Ok(Naming {
            event: label_for(&check.provider, headers, body).or_else(|| check.event.clone()),
            provider: Some(check.provider.clone()),
            signature: Some(badge(check).to_owned()),
        });
    }
    let Some(Recognition { provider, event }) =
        recognizer().and_then(|r| r.recognize(headers, body))
    else {
        return Ok(Naming::default());
    };
    let known = secrets.secrets_of(&provider).await?;
    let signature = if known.is_empty() {
        None
    } else {
        let request = CheckRequest {
            provider: provider.clone(),
            secrets: known,
            tolerance_secs: None,
            scheme: None,
            use_saved_secrets: None,
        };
        check_request(&request, headers, body, arrived)
            .ok()
            .map(|check| badge(&check).to_owned())
    };
    Ok(Naming {
        provider: Some(provider),
        event,
        signature,
    })
}

/// The recogniser of the built-in catalog, made once.
pub fn recognizer() -> Option<&'static Recognizer<'static>> {
    static RECOGNIZER: OnceLock<Option<Recognizer<'static>>> = OnceLock::new();
    RECOGNIZER
        .get_or_init(|| Catalog::embedded().ok().map(Recognizer::new))
        .as_ref()
}

/// The event a provider's request names (with its action), as `provider` would say it.
fn label_for(provider: &str, headers: &[Header], body: &[u8]) -> Option<String> {
    let provider = Catalog::embedded().ok()?.provider(provider).ok()?;
    let pairs: Vec<(&str, &str)> = headers
        .iter()
        .map(|h| (h.name.as_str(), h.value.as_str()))
        .collect();
    let payload = serde_json::from_slice(body).ok();
    catalog::event_label(provider, &pairs, payload.as_ref())
}
