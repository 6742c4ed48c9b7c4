//! The public catalog types. Those the UI shows derive `ts_rs::TS`.

use std::fmt;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;
use utoipa::ToSchema;

use super::delivery::DeliveryRules;
use super::error::CatalogError;
use super::template::Node;
use super::values::ValueSpec;

/// One provider profile, as loaded from `catalog/<id>.json` and validated.
#[derive(Debug, Clone, Serialize, TS, ToSchema)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Markdown: what the provider documents, and every choice Hookbench made where it is vague.
    pub docs: String,
    /// The signing configuration, parsed by the signing module (`{"scheme": "..."}`).
    pub signing: Value,
    /// Headers sent with every delivery, in order (values are templates), signature headers excluded.
    pub headers: Vec<HeaderTemplate>,
    /// The header carrying the delivery id, if the provider has one (`webhook-id`, `X-GitHub-Delivery`).
    pub id_header: Option<String>,
    /// The header carrying the delivery time, if any (`webhook-timestamp`, `X-Slack-Request-Timestamp`).
    pub timestamp_header: Option<String>,
    /// Template of a fresh delivery id (`{{uuid}}`, `msg_{{alnum 27}}`...).
    pub delivery_id: String,
    /// The event the Test button sends.
    pub test_event: String,
    pub url: UrlRules,
    pub detect: Detect,
    /// Provider-level bindings (`let`), shared by headers and samples: name → template.
    #[serde(rename = "let")]
    #[ts(rename = "let")]
    pub lets: Map<String, Value>,
    /// The envelope every event is wrapped in, if the provider has one.
    pub envelope: Option<Envelope>,
    /// Provider data kept for later API emulation (registration rules, config fields...).
    pub registration: Option<Value>,
    /// What counts as delivered, the provider's own retries, and the time attempts carry.
    pub delivery: DeliveryRules,
    /// The integrator's own values a webhook of this provider may set (`{{value.NAME}}`).
    pub values: Vec<ValueSpec>,
    pub events: Vec<Event>,
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) compiled: ProviderCompiled,
}

/// A header to send: `value` is a template (`{{event}}`, `{{delivery_id}}`...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, ToSchema)]
pub struct HeaderTemplate {
    pub name: String,
    pub value: String,
}

/// Which target URLs the provider accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, ToSchema)]
pub struct UrlRules {
    /// The provider refuses plain `http://` targets...
    pub https_required: bool,
    /// ...except on a loopback host (localhost, 127.0.0.0/8, ::1) when this is set.
    pub allow_loopback_http: bool,
}

/// How an incoming request is recognised as one of the provider's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, ToSchema)]
pub struct Detect {
    /// A header whose value is the event id (`X-GitHub-Event`).
    pub header: Option<String>,
    /// A JSON pointer into the body whose value is the event id (`/type`).
    pub field: Option<String>,
    /// A JSON pointer into the body whose value refines the event (GitHub's `/action`): a
    /// capture is named `pull_request.closed`.
    pub action: Option<String>,
}

/// The wrapper around every event's payload.
#[derive(Debug, Clone, Serialize, TS, ToSchema)]
pub struct Envelope {
    /// Template with exactly one `"{{payload}}"` where the event's sample goes.
    pub template: Value,
    /// Schema of the envelope; the event schema replaces the property at the payload's place.
    pub schema: Value,
}

/// One event type of a provider.
#[derive(Debug, Clone, Serialize, TS, ToSchema)]
pub struct Event {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The complete JSON Schema (draft 2020-12) of the body, envelope included.
    pub schema: Value,
    /// Extra recognition rules: JSON pointer → expected value (`"*"`: present with any value).
    #[serde(rename = "match")]
    #[ts(rename = "match")]
    pub match_rules: Map<String, Value>,
    /// Named sample templates; the first is the default.
    pub samples: Vec<Sample>,
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) compiled: EventCompiled,
}

/// One named sample (variant) of an event.
#[derive(Debug, Clone, Serialize, TS, ToSchema)]
pub struct Sample {
    pub name: String,
    pub description: String,
    /// The template as written in the profile (the event part, without the envelope).
    pub template: Value,
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) node: Node,
}

/// What a provider list shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct ProviderSummary {
    pub id: String,
    pub name: String,
    pub description: String,
    /// `none`, `hmac`, `standard-webhooks`, `stripe`, `github`, `shopify`, `slack`.
    pub signing_scheme: String,
    pub test_event: String,
    pub https_required: bool,
    pub delivery: DeliveryRules,
    pub values: Vec<ValueSpec>,
    pub events: Vec<EventInfo>,
}

/// What an event picker shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct EventInfo {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The sample names; the first is the default.
    pub variants: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct ProviderCompiled {
    pub headers: Vec<(String, Node)>,
    pub lets: Vec<(String, Node)>,
    pub delivery_id: Option<Node>,
    pub envelope: Option<Node>,
    /// Each declared value's default template, by name.
    pub value_defaults: Vec<(String, Node)>,
}

/// What checking a payload needs, built from [`Event::schema`] on first use: compiling every
/// event's schema at load cost the built-in catalog's first use seconds in debug builds once
/// Stripe's and GitHub's generated schemas were in, and most events are never checked.
/// Profiles from outside the binary are compiled at load, so a broken schema is a load error.
#[derive(Clone, Default)]
pub(crate) struct EventCompiled {
    validator: OnceLock<Result<Arc<jsonschema::Validator>, String>>,
    open_enums: OnceLock<Arc<super::open_enums::OpenEnums>>,
}

impl fmt::Debug for EventCompiled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventCompiled")
            .field("validator", &self.validator.get().is_some())
            .finish()
    }
}

impl Event {
    /// The compiled schema, or why it does not compile.
    pub(crate) fn validator(&self) -> Result<&Arc<jsonschema::Validator>, &str> {
        self.compiled
            .validator
            .get_or_init(|| super::schema::compile(&self.schema))
            .as_ref()
            .map_err(String::as_str)
    }

    /// The open enums (`x-extensible-enum`) the schema reaches.
    pub(crate) fn open_enums(&self) -> &super::open_enums::OpenEnums {
        self.compiled
            .open_enums
            .get_or_init(|| Arc::new(super::open_enums::OpenEnums::of(&self.schema)))
    }
}

impl Provider {
    /// The event with this id, or an error listing the provider's events.
    pub fn event(&self, id: &str) -> Result<&Event, CatalogError> {
        self.events
            .iter()
            .find(|e| e.id == id)
            .ok_or_else(|| CatalogError::UnknownEvent {
                provider: self.id.clone(),
                id: id.to_string(),
                known: self.events.iter().map(|e| e.id.clone()).collect(),
            })
    }

    /// The event the Test button sends (checked at load to exist).
    pub fn test_event(&self) -> Result<&Event, CatalogError> {
        self.event(&self.test_event)
    }

    /// The signing scheme name (`none`, `hmac`, `stripe`...).
    pub fn signing_scheme(&self) -> &str {
        self.signing
            .get("scheme")
            .and_then(Value::as_str)
            .unwrap_or("none")
    }

    pub fn summary(&self) -> ProviderSummary {
        ProviderSummary {
            id: self.id.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            signing_scheme: self.signing_scheme().to_string(),
            test_event: self.test_event.clone(),
            https_required: self.url.https_required,
            delivery: self.delivery.clone(),
            values: self.values.clone(),
            events: self.events.iter().map(Event::info).collect(),
        }
    }
}

impl Event {
    /// The sample with this name (`None`: the first), or an error listing the samples.
    pub fn sample(&self, provider: &str, name: Option<&str>) -> Result<&Sample, CatalogError> {
        let found = match name {
            None => self.samples.first(),
            Some(n) => self.samples.iter().find(|s| s.name == n),
        };
        found.ok_or_else(|| CatalogError::UnknownVariant {
            provider: provider.to_string(),
            event: self.id.clone(),
            id: name.unwrap_or("").to_string(),
            known: self.variants(),
        })
    }

    pub fn variants(&self) -> Vec<String> {
        self.samples.iter().map(|s| s.name.clone()).collect()
    }

    pub fn info(&self) -> EventInfo {
        EventInfo {
            id: self.id.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            variants: self.variants(),
        }
    }
}
