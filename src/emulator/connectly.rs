//! Connectly's webhook registration API: create (the seed page), and list, update and delete at
//! the paths of Connectly's API reference. A registration is a Hookbench webhook of the
//! `connectly` profile owned by the business in the path; one address per topic per business.

use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{Path, State};
use axum::response::IntoResponse;
use axum::Json;
use bytes::Bytes;
use serde_json::{json, Value};

use super::connectly_body::{self, registration};
use super::errors::{body_bytes, parse_json, path_params, Answer, Failure};
use super::EmulatorState;
use crate::base::error::Error;
use crate::model::WebhookConfig;
use crate::services::emulation::registrations::Registered;
use crate::services::provider::request;

const PROVIDER: &str = "connectly";
/// Longest business id kept in a webhook's name (names have at most 200 characters).
const NAME_BUSINESS: usize = 100;

pub async fn create(
    State(state): State<EmulatorState>,
    business: Result<Path<String>, PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    let business = path_params(business)?;
    let create = connectly_body::create(parse_json(&body_bytes(body)?)?)?;
    let provider = request::catalog()?
        .provider(PROVIDER)
        .map_err(Error::from)?;
    provider.check_url(&create.address).map_err(Error::from)?;
    let _one_at_a_time = state.connectly_registering.lock().await;
    if let Some(existing) = of_business(&state, &business)
        .await?
        .into_iter()
        .find(|r| r.webhook.config.events.contains(&create.topic))
    {
        return Err(Failure::conflict(format!(
            "an endpoint is already registered for topic `{}` of business `{business}` \
             (registration {}, {}): use Update webhook instead (PUT \
             /v1/businesses/{business}/update/webhooks/{}), or delete it first",
            create.topic, existing.webhook.id, existing.webhook.config.url, existing.webhook.id
        )));
    }
    let business_name: String = business.chars().take(NAME_BUSINESS).collect();
    let config = json!({
        "name": format!("Connectly {} (business {business_name})", create.topic),
        "url": create.address,
        "provider": PROVIDER,
        "events": [create.topic],
        "filters": create.filters,
        // Connectly signs every event (X-Connectly-Hmac-Sha256); its secret is shown in
        // Hookbench's webhook editor.
        "secrets": [signing_secret()?],
    });
    let config: WebhookConfig = serde_json::from_value(config)
        .map_err(|e| Error::Internal(format!("a registration could not be built: {e}")))?;
    let registered = state
        .engine
        .emulation()
        .register_webhook(config, &business, create.details)
        .await?;
    Ok(Json(json!({"id": registered.webhook.id})).into_response())
}

pub async fn list(
    State(state): State<EmulatorState>,
    business: Result<Path<String>, PathRejection>,
) -> Answer {
    let business = path_params(business)?;
    let webhooks: Vec<Value> = of_business(&state, &business)
        .await?
        .iter()
        .map(registration)
        .collect();
    Ok(Json(json!({"entity": {"businessId": business, "webhooks": webhooks}})).into_response())
}

/// Only the fields in the body change; the topic cannot.
pub async fn update(
    State(state): State<EmulatorState>,
    ids: Result<Path<(String, String)>, PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    let (business, id) = path_params(ids)?;
    let current = find(&state, &business, &id).await?;
    let topic = current
        .webhook
        .config
        .events
        .first()
        .cloned()
        .unwrap_or_default();
    let details = current
        .details()
        .cloned()
        .unwrap_or_else(|| json!({"type": "custom", "configuration": {}}));
    let update = connectly_body::update(parse_json(&body_bytes(body)?)?, &topic, details)?;
    let mut config = current.webhook.config.clone();
    if let Some(address) = update.address {
        config.url = address;
    }
    if let Some(filters) = update.filters {
        config.filters = filters;
    }
    let updated = state
        .engine
        .emulation()
        .update_registered(&id, config, &business, update.details, false)
        .await?;
    Ok(Json(registration(&updated)).into_response())
}

/// Answers `{}`, as Connectly's reference shows.
pub async fn delete(
    State(state): State<EmulatorState>,
    ids: Result<Path<(String, String)>, PathRejection>,
) -> Answer {
    let (business, id) = path_params(ids)?;
    let found = find(&state, &business, &id).await?;
    state
        .engine
        .deliveries()
        .delete_webhook(&found.webhook.id)
        .await?;
    Ok(Json(json!({})).into_response())
}

async fn of_business(state: &EmulatorState, business: &str) -> Result<Vec<Registered>, Failure> {
    Ok(state
        .engine
        .emulation()
        .registered_webhooks(PROVIDER)
        .await?
        .into_iter()
        .filter(|r| r.owner() == Some(business))
        .collect())
}

async fn find(state: &EmulatorState, business: &str, id: &str) -> Result<Registered, Failure> {
    of_business(state, business)
        .await?
        .into_iter()
        .find(|r| r.webhook.id == id)
        .ok_or_else(|| {
            Failure::not_found(format!(
                "business `{business}` has no webhook registration `{id}`: list them with GET \
                 /v1/businesses/{business}/webhooks"
            ))
        })
}

fn signing_secret() -> Result<String, Failure> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Internal(format!("the OS random source failed: {e}")))?;
    Ok(hex::encode(bytes))
}
