//! Checking a captured request against a provider: signature, event, JSON Schema.

use crate::catalog;
use crate::engine::Engine;
use crate::error::Result;
use crate::model::{BodyEncoding, CaptureCheck, CheckRequest};
use crate::outgoing;
use crate::signing::{self, DEFAULT_TOLERANCE_SECS};

impl Engine {
    /// Verifies the capture as `request.provider` would be verified by its consumer. Timestamps
    /// are judged against the moment the request arrived, so an old capture checks as it did then.
    pub async fn check_capture(&self, id: String, request: CheckRequest) -> Result<CaptureCheck> {
        let provider = outgoing::catalog()?.provider(&request.provider)?;
        let scheme = outgoing::scheme_for(provider, request.scheme)?;
        let capture = self.capture(id).await?;
        let body = match capture.body.encoding {
            BodyEncoding::Utf8 => capture.body.data.into_bytes(),
            BodyEncoding::Base64 => {
                crate::encoding::base64_decode(&capture.body.data).unwrap_or_default()
            }
        };
        let headers: Vec<(String, String)> = capture
            .headers
            .into_iter()
            .map(|h| (h.name, h.value))
            .collect();
        let arrived = capture.summary.received_at.div_euclid(1000);
        let signature = signing::verify(
            &scheme,
            &request.secrets,
            &headers,
            &body,
            arrived,
            request.tolerance_secs.unwrap_or(DEFAULT_TOLERANCE_SECS),
        );
        let (json_error, event, violations) = match serde_json::from_slice(&body) {
            Ok(payload) => {
                let event = catalog::detect_event(provider, &headers, &payload);
                let violations = event.map(|e| catalog::validate_payload(e, &payload));
                (None, event.map(|e| e.id.clone()), violations)
            }
            Err(e) => (Some(e.to_string()), None, None),
        };
        Ok(CaptureCheck {
            provider: provider.id.clone(),
            signature,
            event,
            json_error,
            violations,
        })
    }
}
