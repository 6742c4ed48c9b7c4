//! What changed in the engine, pushed to every client (the API's Server-Sent Events).

use super::CaptureSummary;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

/// Something that changed in the engine, pushed to every client over Server-Sent Events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(tag = "type")]
pub enum EngineEvent {
    #[serde(rename = "capture.stored")]
    CaptureStored { capture: CaptureSummary },
    /// Captures were deleted (one, an inbox cleared, retention): lists should reload.
    #[serde(rename = "captures.removed")]
    CapturesRemoved,
    /// Stored captures were named again (older captures recognised, signature states checked
    /// with newly saved secrets): lists should reload.
    #[serde(rename = "captures.updated")]
    CapturesUpdated,
    /// Secrets saved for providers were added or removed.
    #[serde(rename = "provider_secrets.changed")]
    ProviderSecretsChanged,
    #[serde(rename = "inboxes.changed")]
    InboxesChanged,
    /// A delivery was queued, attempted, retried, cancelled or finished.
    #[serde(rename = "delivery.updated")]
    DeliveryUpdated { delivery: crate::model::Delivery },
    /// Webhooks were created, edited, enabled, disabled or deleted: lists should reload.
    #[serde(rename = "webhooks.changed")]
    WebhooksChanged,
    /// An alert: Hookbench turned a webhook off by itself (repeated failures, 410 Gone).
    #[serde(rename = "webhook.disabled")]
    WebhookDisabled {
        webhook: crate::model::Webhook,
        reason: String,
    },
    /// The settings were saved (theme, receiver address, ...): clients reload them and the status.
    #[serde(rename = "settings.changed")]
    SettingsChanged,
    /// A replay's deliveries moved on (one was attempted, retried, cancelled).
    #[serde(rename = "replay.progress")]
    ReplayProgress {
        replay: crate::model::ReplayProgress,
    },
}

impl EngineEvent {
    /// The SSE `event:` name.
    pub fn name(&self) -> &'static str {
        match self {
            EngineEvent::CaptureStored { .. } => "capture.stored",
            EngineEvent::CapturesRemoved => "captures.removed",
            EngineEvent::CapturesUpdated => "captures.updated",
            EngineEvent::ProviderSecretsChanged => "provider_secrets.changed",
            EngineEvent::InboxesChanged => "inboxes.changed",
            EngineEvent::DeliveryUpdated { .. } => "delivery.updated",
            EngineEvent::WebhooksChanged => "webhooks.changed",
            EngineEvent::WebhookDisabled { .. } => "webhook.disabled",
            EngineEvent::SettingsChanged => "settings.changed",
            EngineEvent::ReplayProgress { .. } => "replay.progress",
        }
    }
}
