//! Connectly's registration bodies, checked field by field so a 400 says which field is wrong
//! and what it takes, and how a registration maps onto a Hookbench webhook: `topic` is the one
//! subscribed event, `address` the URL, `configuration.filters` the webhook's field filters on
//! the payload's `metadata` (as the connectly profile documents); `type`, `echo`, `channelTypes`
//! and `webengageConfiguration` are kept with the registration and shown back.

use serde_json::{json, Map, Value};

use super::errors::Failure;
use crate::model::FieldFilter;
use crate::services::emulation::registrations::Registered;

pub const TOPICS: &[&str] = &["messages", "delivery_status"];
const TYPES: &[&str] = &["custom", "zapier", "webengage", "integromat_make"];
const CREATE_FIELDS: &[&str] = &["topic", "address", "type", "configuration"];
const CONFIGURATION_FIELDS: &[&str] =
    &["echo", "channelTypes", "filters", "webengageConfiguration"];
const WEBENGAGE_FIELDS: &[&str] = &["webengageToken", "webengageWebhookUrl"];
/// Where a filter's `field` is looked up in a payload.
const FILTERED_OBJECT: &str = "metadata.";

/// A registration's fields besides its topic and address: `{type, configuration}`, where the
/// configuration holds what the webhook itself does not (no filters).
pub type Details = Value;

pub struct Create {
    pub topic: String,
    pub address: String,
    pub details: Details,
    pub filters: Vec<FieldFilter>,
}

/// What an update changes; absent fields keep their value.
pub struct Update {
    pub address: Option<String>,
    pub details: Details,
    pub filters: Option<Vec<FieldFilter>>,
}

pub fn create(body: Value) -> Result<Create, Failure> {
    let fields = object(body, "the body", CREATE_FIELDS)?;
    let topic = match fields.get("topic") {
        None => {
            return Err(Failure::bad_request(format!(
                "`topic` is required: one of {}",
                TOPICS.join(", ")
            )))
        }
        Some(value) => one_of(value, "topic", TOPICS)?,
    };
    let address =
        match fields.get("address") {
            None => return Err(Failure::bad_request(
                "`address` is required: your HTTPS endpoint URL (e.g. https://example.com/webhook)",
            )),
            Some(value) => text(value, "address")?,
        };
    let mut details = json!({"type": "custom", "configuration": {}});
    let filters = change_details(&mut details, &fields)?.unwrap_or_default();
    Ok(Create {
        topic,
        address,
        details,
        filters,
    })
}

/// An update body; `topic` may be repeated but not changed.
pub fn update(body: Value, topic: &str, mut details: Details) -> Result<Update, Failure> {
    let fields = object(body, "the body", CREATE_FIELDS)?;
    if let Some(value) = fields.get("topic") {
        let asked = one_of(value, "topic", TOPICS)?;
        if asked != topic {
            return Err(Failure::bad_request(format!(
                "the topic of a registration cannot change (this one is `{topic}`): delete it \
                 and create one for `{asked}`"
            )));
        }
    }
    let address = fields
        .get("address")
        .map(|v| text(v, "address"))
        .transpose()?;
    let filters = change_details(&mut details, &fields)?;
    Ok(Update {
        address,
        details,
        filters,
    })
}

/// Applies `type` and `configuration` to the details; returns the filters when given.
fn change_details(
    details: &mut Details,
    fields: &Map<String, Value>,
) -> Result<Option<Vec<FieldFilter>>, Failure> {
    if let Some(value) = fields.get("type") {
        details["type"] = Value::String(one_of(value, "type", TYPES)?);
    }
    let Some(value) = fields.get("configuration") else {
        return Ok(None);
    };
    let given = object(value.clone(), "`configuration`", CONFIGURATION_FIELDS)?;
    let mut configuration = details["configuration"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let mut filters = None;
    for (name, value) in given {
        let checked = match name.as_str() {
            "echo" => match value {
                Value::Bool(_) => value,
                _ => {
                    return Err(Failure::bad_request(
                        "`configuration.echo` must be true or false",
                    ))
                }
            },
            "channelTypes" => channel_types(value)?,
            "webengageConfiguration" => webengage(value)?,
            _ => {
                filters = Some(filters_of(&value)?);
                continue;
            }
        };
        configuration.insert(name, checked);
    }
    details["configuration"] = Value::Object(configuration);
    Ok(filters)
}

fn channel_types(value: Value) -> Result<Value, Failure> {
    match &value {
        Value::Array(items) if items.iter().all(|i| i.is_string() || i.is_object()) => Ok(value),
        _ => Err(Failure::bad_request(
            "`configuration.channelTypes` must be a list of channel types, e.g. [\"whatsapp\"]",
        )),
    }
}

fn webengage(value: Value) -> Result<Value, Failure> {
    let fields = object(
        value,
        "`configuration.webengageConfiguration`",
        WEBENGAGE_FIELDS,
    )?;
    for (name, value) in &fields {
        let what = format!("configuration.webengageConfiguration.{name}");
        let text = text(value, &what)?;
        if name == "webengageWebhookUrl" && url::Url::parse(&text).is_err() {
            return Err(Failure::bad_request(format!(
                "`{what}` must be an absolute URL"
            )));
        }
    }
    Ok(Value::Object(fields))
}

fn filters_of(value: &Value) -> Result<Vec<FieldFilter>, Failure> {
    let shape = "`configuration.filters` must be a list of {\"field\": \"campaign_name\", \"expression\": \"summer-promo-*\"}";
    let Value::Array(items) = value else {
        return Err(Failure::bad_request(shape));
    };
    items
        .iter()
        .map(|item| {
            let fields = object(
                item.clone(),
                "each of `configuration.filters`",
                &["field", "expression"],
            )?;
            match (fields.get("field"), fields.get("expression")) {
                (Some(field), Some(expression)) => Ok(FieldFilter {
                    field: format!(
                        "{FILTERED_OBJECT}{}",
                        text(field, "configuration.filters[].field")?
                    ),
                    pattern: text(expression, "configuration.filters[].expression")?,
                }),
                _ => Err(Failure::bad_request(format!(
                    "{shape}: both field and expression are required"
                ))),
            }
        })
        .collect()
}

/// A registration as Connectly's API shows it (`id, topic, address, type, configuration`).
pub fn registration(registered: &Registered) -> Value {
    let webhook = &registered.webhook;
    let details = registered.details().cloned().unwrap_or_else(|| json!({}));
    let kept = details["configuration"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let filters: Vec<Value> = webhook
        .config
        .filters
        .iter()
        .map(|f| {
            let field = f.field.strip_prefix(FILTERED_OBJECT).unwrap_or(&f.field);
            json!({"field": field, "expression": f.pattern})
        })
        .collect();
    let mut configuration = Map::new();
    configuration.insert(
        "echo".into(),
        kept.get("echo").cloned().unwrap_or(json!(false)),
    );
    configuration.insert(
        "channelTypes".into(),
        kept.get("channelTypes").cloned().unwrap_or(json!([])),
    );
    configuration.insert("filters".into(), Value::Array(filters));
    if let Some(webengage) = kept.get("webengageConfiguration") {
        configuration.insert("webengageConfiguration".into(), webengage.clone());
    }
    json!({
        "id": webhook.id,
        "topic": webhook.config.events.first(),
        "address": webhook.config.url,
        "type": details.get("type").cloned().unwrap_or(json!("custom")),
        "configuration": configuration,
    })
}

fn object(value: Value, what: &str, known: &[&str]) -> Result<Map<String, Value>, Failure> {
    let Value::Object(fields) = value else {
        return Err(Failure::bad_request(format!(
            "{what} must be a JSON object with the fields {}",
            known.join(", ")
        )));
    };
    if let Some(unknown) = fields.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(Failure::bad_request(format!(
            "{what} has an unknown field `{unknown}`; its fields are {}",
            known.join(", ")
        )));
    }
    Ok(fields)
}

fn text(value: &Value, name: &str) -> Result<String, Failure> {
    match value.as_str().map(str::trim) {
        Some(text) if !text.is_empty() => Ok(text.to_owned()),
        Some(_) => Err(Failure::bad_request(format!("`{name}` must not be empty"))),
        None => Err(Failure::bad_request(format!("`{name}` must be a string"))),
    }
}

fn one_of(value: &Value, name: &str, allowed: &[&str]) -> Result<String, Failure> {
    let given = text(value, name)?;
    if allowed.contains(&given.as_str()) {
        Ok(given)
    } else {
        Err(Failure::bad_request(format!(
            "`{name}` must be one of {}; it was `{given}`",
            allowed.join(", ")
        )))
    }
}
