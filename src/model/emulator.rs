//! The emulator's types: API keys (shared with the UI through ts-rs) and registrations.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use utoipa::ToSchema;

/// An emulator API key as listed: never the key itself, which is shown once at creation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct EmulatorKey {
    /// ULID.
    pub id: String,
    pub name: String,
    /// The key's last characters, to tell keys apart (`…9f3a`).
    pub hint: String,
    #[ts(type = "number")]
    pub created_at: i64,
}

/// `POST /api/emulator/keys`: a name for the new key (empty: "Emulator key").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct NewEmulatorKey {
    #[serde(default)]
    pub name: String,
}

/// The answer to `POST /api/emulator/keys`: the new key with its value, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct CreatedEmulatorKey {
    #[serde(flatten)]
    pub key: EmulatorKey,
    /// The value to send as `X-API-Key` (or `Authorization: Bearer`); not retrievable later.
    pub secret: String,
}

/// What a registration through the emulator said beyond its webhook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub webhook_id: String,
    /// `connectgain` or `connectly`.
    pub provider: String,
    /// The ConnectGain `organization_id` or the Connectly `businessId`.
    pub owner: String,
    /// The provider's own fields (Connectly: `type` and `configuration`).
    pub details: Value,
    pub created_at: i64,
}
