//! ConnectGain's webhook configurations over its REST API (`/rest/v1/webhook_configurations`,
//! PostgREST style): create, list with filters, update and delete by `id=eq.ID`. A configuration
//! is a Hookbench webhook of the `connectgain` profile; its `organization_id` is kept as the
//! registration's owner. Every webhook of the profile is listed, those made in Hookbench's UI with
//! `organization_id: null`.

use axum::extract::rejection::BytesRejection;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use bytes::Bytes;
use serde_json::{json, Map, Value};

use super::connectgain_rows::{apply, new_config, organization_of, row, CONFIGURATIONS, PROVIDER};
use super::errors::{body_bytes, parse_json, Answer, Failure};
use super::postgrest::Query;
use super::postgrest_shape::Shape;
use super::EmulatorState;
use crate::catalog::Provider;
use crate::services::delivery::validate::validate;
use crate::services::emulation::registrations::Registered;
use crate::services::provider::request;

pub async fn list(
    State(state): State<EmulatorState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Answer {
    let query = CONFIGURATIONS.parse(raw.as_deref(), &[])?;
    let rows = newest_first(&state).await?.iter().map(row).collect();
    Shape::of(&headers)
        .read()
        .answer(StatusCode::OK, StatusCode::OK, query.apply(rows))
}

/// One configuration, or several when the body is an array (each checked before any is made).
pub async fn create(
    State(state): State<EmulatorState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    let query = CONFIGURATIONS.parse(raw.as_deref(), &["columns"])?;
    if !query.filters.is_empty() {
        return Err(Failure::bad_request(
            "an insert takes no filters: POST /rest/v1/webhook_configurations with the \
             configuration as the JSON body",
        ));
    }
    let provider = profile()?;
    let mut prepared = Vec::new();
    for fields in objects(parse_json(&body_bytes(body)?)?)? {
        let (config, organization) = new_config(provider, &fields)?;
        prepared.push((validate(config)?, organization));
    }
    let mut rows = Vec::with_capacity(prepared.len());
    for (config, organization) in prepared {
        let registered = state
            .engine
            .emulation()
            .register_webhook(config, &organization, json!({}))
            .await?;
        rows.push(query.project(row(&registered)));
    }
    Shape::of(&headers).answer(StatusCode::CREATED, StatusCode::CREATED, rows)
}

pub async fn update(
    State(state): State<EmulatorState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    let query = CONFIGURATIONS.parse(raw.as_deref(), &[])?;
    let target = target(&state, &query, "PATCH").await?;
    let Value::Object(fields) = parse_json(&body_bytes(body)?)? else {
        return Err(Failure::bad_request(
            "the body must be a JSON object with the fields to change, e.g. {\"is_active\": false}",
        ));
    };
    let config = apply(profile()?, target.webhook.config.clone(), &fields)?;
    let id = target.webhook.id.clone();
    let owner = organization_of(&fields)?.or_else(|| target.owner().map(str::to_owned));
    // `is_active` given is the integrator's own switch (see `row`).
    let switched = fields.contains_key("is_active");
    let updated = match owner {
        Some(owner) => {
            let details = target.details().cloned().unwrap_or_else(|| json!({}));
            state
                .engine
                .emulation()
                .update_registered(&id, config, &owner, details, switched)
                .await?
        }
        None => Registered {
            webhook: match switched {
                true => {
                    state
                        .engine
                        .deliveries()
                        .switch_webhook(&id, config)
                        .await?
                }
                false => {
                    state
                        .engine
                        .deliveries()
                        .update_webhook(&id, config)
                        .await?
                }
            },
            registration: None,
        },
    };
    let rows = vec![query.project(row(&updated))];
    Shape::of(&headers).answer(StatusCode::OK, StatusCode::NO_CONTENT, rows)
}

pub async fn delete(
    State(state): State<EmulatorState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Answer {
    let query = CONFIGURATIONS.parse(raw.as_deref(), &[])?;
    let target = target(&state, &query, "DELETE").await?;
    state
        .engine
        .deliveries()
        .delete_webhook(&target.webhook.id)
        .await?;
    let rows = vec![query.project(row(&target))];
    Shape::of(&headers).answer(StatusCode::OK, StatusCode::NO_CONTENT, rows)
}

/// The one configuration a PATCH or DELETE names with `id=eq.ID` (other filters must match too).
async fn target(state: &EmulatorState, query: &Query, method: &str) -> Result<Registered, Failure> {
    let Some(id) = query.equals("id") else {
        return Err(Failure::bad_request(format!(
            "{method} needs the configuration's id in the query: {method} \
             /rest/v1/webhook_configurations?id=eq.ID (ids are in the answer to the POST, or \
             GET /rest/v1/webhook_configurations)"
        )));
    };
    newest_first(state)
        .await?
        .into_iter()
        .find(|registered| registered.webhook.id == id && query.matches(&row(registered)))
        .ok_or_else(|| {
            let also = match query.filters.len() {
                1 => "",
                _ => " and matches the other filters",
            };
            Failure::not_found(format!(
                "no webhook configuration has the id {id}{also}: list them with GET \
                 /rest/v1/webhook_configurations"
            ))
        })
}

async fn newest_first(state: &EmulatorState) -> Result<Vec<Registered>, Failure> {
    let mut all = state
        .engine
        .emulation()
        .registered_webhooks(PROVIDER)
        .await?;
    all.reverse();
    Ok(all)
}

fn objects(body: Value) -> Result<Vec<Map<String, Value>>, Failure> {
    let not_object = || {
        Failure::bad_request(
            "the body must be a configuration object {organization_id, name, url, events, \
             secret, is_active} (or a non-empty array of them)",
        )
    };
    match body {
        Value::Object(fields) => Ok(vec![fields]),
        Value::Array(items) if !items.is_empty() => items
            .into_iter()
            .map(|item| match item {
                Value::Object(fields) => Ok(fields),
                _ => Err(not_object()),
            })
            .collect(),
        _ => Err(not_object()),
    }
}

fn profile() -> Result<&'static Provider, Failure> {
    Ok(request::catalog()?
        .provider(PROVIDER)
        .map_err(crate::base::error::Error::from)?)
}
