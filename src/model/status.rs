//! The running instance as clients see it, and the shape of every API error.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

/// What the running instance is: shown in the top bar and by `hookbench status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Status {
    pub version: String,
    pub receiver_url: String,
    /// True when the receiver listens beyond the loopback interface.
    pub receiver_exposed: bool,
    pub data_dir: String,
    /// The largest body the receiver stores now, in bytes.
    #[ts(type = "number")]
    pub max_body: u64,
    /// How signing secrets are kept at rest (sealed with a key in the OS keychain, or in a key
    /// file when no keychain answers).
    pub secrets_at_rest: String,
    /// False when the sealing key is a file beside the data: the UI warns.
    pub secrets_in_keychain: bool,
    /// Where the provider emulator listens, when it runs (`hookbench serve --emulator`).
    #[serde(default)]
    pub emulator_url: Option<String>,
    /// True when the provider emulator listens beyond the loopback interface.
    #[serde(default)]
    pub emulator_exposed: bool,
    /// True when the API (and the UI) listens beyond the loopback interface (`--expose-api`).
    #[serde(default)]
    pub api_exposed: bool,
}

/// The JSON body of every API error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct ApiError {
    pub error: ApiErrorBody,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct ApiErrorBody {
    pub code: String,
    pub message: String,
}
