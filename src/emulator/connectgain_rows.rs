//! ConnectGain's webhook configuration rows (`{id, organization_id, name, url, events, secret,
//! is_active, created_at, updated_at}`) and how a row's fields map onto a Hookbench webhook.

use serde_json::{json, Map, Value};

use super::errors::Failure;
use super::postgrest::{timestamp, Kind, Table};
use crate::catalog::Provider;
use crate::model::WebhookConfig;
use crate::services::emulation::registrations::Registered;

pub const PROVIDER: &str = "connectgain";

pub const CONFIGURATIONS: Table = Table {
    name: "webhook_configurations",
    columns: &[
        ("id", Kind::Text),
        ("organization_id", Kind::Text),
        ("name", Kind::Text),
        ("url", Kind::Text),
        ("events", Kind::Other),
        ("secret", Kind::Other),
        ("is_active", Kind::Bool),
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
    ],
};

/// The fields a client may write; `id` and the times are Hookbench's.
const WRITABLE: &[&str] = &[
    "organization_id",
    "name",
    "url",
    "events",
    "secret",
    "is_active",
];

/// A configuration as the REST API shows it. The id is the Hookbench webhook's.
///
/// `is_active` is the integrator's switch, never flipped behind their back: a webhook Hookbench
/// turned off after repeated failures (or a 410) still shows the `true` it was set to; that
/// off-state is Hookbench's own and shows in Hookbench (the webhook's `disabled_reason`, and
/// the `skipped` list of an event sent through the emulator).
pub fn row(registered: &Registered) -> Value {
    let webhook = &registered.webhook;
    let is_active = webhook.config.active || webhook.disabled_reason.is_some();
    json!({
        "id": webhook.id,
        "organization_id": registered.owner(),
        "name": webhook.config.name,
        "url": webhook.config.url,
        "events": webhook.config.events,
        "secret": webhook.config.secrets.last(),
        "is_active": is_active,
        "created_at": timestamp(webhook.created_at),
        "updated_at": timestamp(webhook.updated_at),
    })
}

/// A new webhook from a POSTed row, with Hookbench's defaults for everything the row lacks.
pub fn new_config(
    provider: &Provider,
    fields: &Map<String, Value>,
) -> Result<(WebhookConfig, String), Failure> {
    let organization = required_text(fields, "organization_id")?;
    let base = json!({
        "name": required_text(fields, "name")?,
        "url": required_text(fields, "url")?,
        "provider": PROVIDER,
        "events": [],
    });
    let config = serde_json::from_value::<WebhookConfig>(base)
        .map_err(|e| Failure::bad_request(format!("the configuration is not usable: {e}")))?;
    if !fields.contains_key("events") {
        return Err(Failure::bad_request(
            "`events` is required: the list of events to subscribe to, e.g. [\"contact.created\"]",
        ));
    }
    let config = apply(provider, config, fields)?;
    Ok((config, organization))
}

/// Applies a (partial) row to a webhook's configuration: only the fields present change.
pub fn apply(
    provider: &Provider,
    mut config: WebhookConfig,
    fields: &Map<String, Value>,
) -> Result<WebhookConfig, Failure> {
    if let Some(unknown) = fields.keys().find(|k| !WRITABLE.contains(&k.as_str())) {
        return Err(Failure::bad_request(format!(
            "`{unknown}` is not a field a client can write in webhook_configurations; the fields \
             are {} (id, created_at and updated_at are set by the server)",
            WRITABLE.join(", ")
        )));
    }
    if fields.contains_key("name") {
        config.name = required_text(fields, "name")?;
    }
    if fields.contains_key("url") {
        config.url = required_text(fields, "url")?;
    }
    if let Some(events) = fields.get("events") {
        config.events = events_of(provider, events)?;
    }
    match fields.get("secret") {
        None => {}
        Some(Value::Null) => config.secrets.clear(),
        Some(Value::String(secret)) if secret.is_empty() => config.secrets.clear(),
        Some(Value::String(secret)) => config.secrets = vec![secret.clone()],
        Some(_) => {
            return Err(Failure::bad_request(
                "`secret` must be a string, or null for none",
            ))
        }
    }
    match fields.get("is_active") {
        None => {}
        Some(Value::Bool(active)) => config.active = *active,
        Some(_) => return Err(Failure::bad_request("`is_active` must be true or false")),
    }
    Ok(config)
}

pub fn organization_of(fields: &Map<String, Value>) -> Result<Option<String>, Failure> {
    match fields.contains_key("organization_id") {
        true => required_text(fields, "organization_id").map(Some),
        false => Ok(None),
    }
}

/// Exact event ids of the profile: ConnectGain lists them, so globs are not taken here.
fn events_of(provider: &Provider, value: &Value) -> Result<Vec<String>, Failure> {
    let known: Vec<&str> = provider.events.iter().map(|e| e.id.as_str()).collect();
    let list = |problem: &str| {
        Failure::bad_request(format!(
            "`events` {problem}; ConnectGain's events are: {}",
            known.join(", ")
        ))
    };
    let Value::Array(items) = value else {
        return Err(list("must be a list of event names"));
    };
    if items.is_empty() {
        return Err(list("must name at least one event"));
    }
    let mut events = Vec::with_capacity(items.len());
    for item in items {
        match item.as_str() {
            Some(event) if known.contains(&event) => {
                if !events.iter().any(|e| e == event) {
                    events.push(event.to_owned());
                }
            }
            Some(event) => return Err(list(&format!("names `{event}`, which is not one of them"))),
            None => return Err(list("must hold event names as strings")),
        }
    }
    Ok(events)
}

fn required_text(fields: &Map<String, Value>, name: &str) -> Result<String, Failure> {
    match fields.get(name) {
        Some(Value::String(text)) if !text.trim().is_empty() => Ok(text.trim().to_owned()),
        Some(Value::String(_)) => Err(Failure::bad_request(format!("`{name}` must not be empty"))),
        Some(_) => Err(Failure::bad_request(format!("`{name}` must be a string"))),
        None => Err(Failure::bad_request(format!(
            "`{name}` is required (a configuration has organization_id, name, url, events and \
             optionally secret and is_active)"
        ))),
    }
}
