//! Standard Webhooks key pairs: POST /api/signing-keys makes a fresh `whsk_`/`whpk_` pair, or
//! gives the public key of a `whsk_` secret key, so an editor can show what the consumer needs.

use axum::Json;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

use super::{body, JsonBody};
use crate::base::error::{Error, Result};
use crate::model::ApiError;
use crate::signing::{self, KeyPair, SigningError};

/// `POST /api/signing-keys`: without `secret_key`, a fresh pair; with one, its pair.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(examples(json!({}), json!({
    "secret_key": "whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlX0dRqSKJp4AJ6p9lMicMFs6Kvg=="
})))]
pub struct KeyPairRequest {
    /// A `whsk_` secret key whose public key is wanted.
    #[serde(default)]
    #[ts(optional)]
    pub secret_key: Option<String>,
}

/// A Standard Webhooks ed25519 key pair (`v1a` signatures): fresh, or the given secret key's.
#[utoipa::path(
    post,
    path = "/signing-keys",
    operation_id = "standard_webhooks_key_pair",
    tag = "signing",
    request_body = KeyPairRequest,
    responses(
        (status = 200, description = "The whsk_ secret key (it signs; keep it like a whsec_ secret) and its whpk_ public key (it verifies; give it to the consumer)", body = KeyPair),
        (status = 400, description = "The body is not valid, or secret_key is not a usable whsk_ key", body = ApiError),
    )
)]
pub async fn key_pair(request: JsonBody<KeyPairRequest>) -> Result<Json<KeyPair>> {
    let pair = match body(request)?.secret_key {
        Some(secret_key) => signing::key_pair_of(secret_key.trim())?,
        None => signing::generate_key_pair().map_err(|e| match e {
            SigningError::RandomSource(_) => Error::Internal(e.to_string()),
            other => other.into(),
        })?,
    };
    Ok(Json(pair))
}
