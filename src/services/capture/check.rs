//! Checking a request against a provider: signature, event, JSON Schema. Used for captures on
//! demand and by inboxes that verify every request as it arrives.

use crate::base::error::Result;
use crate::catalog;
use crate::model::{CaptureCheck, CheckRequest, Header};
use crate::services::provider::request;
use crate::signing::{self, DEFAULT_TOLERANCE_SECS};

/// Checks a request as `request.provider`'s consumer would; timestamps are judged against
/// `arrived` (unix seconds), the moment the request came in.
pub fn check_request(
    request: &CheckRequest,
    headers: &[Header],
    body: &[u8],
    arrived: i64,
) -> Result<CaptureCheck> {
    let provider = request::catalog()?.provider(&request.provider)?;
    let scheme = request::scheme_for(provider, request.scheme.clone())?;
    let headers: Vec<(String, String)> = headers
        .iter()
        .map(|h| (h.name.clone(), h.value.clone()))
        .collect();
    let signature = signing::verify(
        &scheme,
        &request.secrets,
        &headers,
        body,
        arrived,
        request.tolerance_secs.unwrap_or(DEFAULT_TOLERANCE_SECS),
    );
    let (json_error, event, violations, notes) = match serde_json::from_slice(body) {
        Ok(payload) => {
            let event = catalog::detect_event(provider, &headers, &payload);
            let violations = event.map(|e| catalog::validate_payload(e, &payload));
            let notes = event
                .map(|e| catalog::payload_notes(provider, e, &payload))
                .unwrap_or_default();
            (None, event.map(|e| e.id.clone()), violations, notes)
        }
        Err(e) => (Some(e.to_string()), None, None, Vec::new()),
    };
    Ok(CaptureCheck {
        provider: provider.id.clone(),
        signature,
        event,
        json_error,
        violations,
        notes,
    })
}

/// The badge a check earns in the captures list.
pub fn badge(check: &CaptureCheck) -> &'static str {
    match check.signature {
        signing::Verification::Valid { .. } => "valid",
        signing::Verification::Invalid { .. } => "invalid",
        signing::Verification::Unsigned => "unsigned",
    }
}

impl super::Captures {
    /// Checks a stored capture against a provider, as it was when it arrived.
    pub async fn check(&self, id: String, request: CheckRequest) -> Result<CaptureCheck> {
        // Unknown providers are reported before the capture is loaded.
        request::catalog()?.provider(&request.provider)?;
        let mut request = request;
        if request.use_saved_secrets == Some(true) {
            let saved = self.secrets.secrets_of(&request.provider).await?;
            request.secrets.extend(saved);
        }
        let capture = self.get(id).await?;
        let body = capture.body.to_bytes()?;
        let arrived = capture.summary.received_at.div_euclid(1000);
        check_request(&request, &capture.headers, &body, arrived)
    }
}
