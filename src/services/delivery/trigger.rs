//! Triggering: one event of a provider fans out to every active webhook that subscribes to it
//! and whose filters match, each becoming a delivery in the outbox.

use serde_json::Value;
use time::OffsetDateTime;

use crate::base::clock::now_millis;
use crate::base::error::{Error, Result};
use crate::base::ids::next_id;
use crate::catalog::{self, glob_match, Event, Provider, RenderContext};
use crate::model::{
    Delivery, DeliverySource, DeliveryStatus, SkippedWebhook, TriggerRequest, TriggerResult,
    Webhook,
};
use crate::services::delivery::event_time;
use crate::services::delivery::filters;
use crate::services::provider::request;
use crate::services::provider::samples::random_seed;
use crate::store::NewDelivery;

/// What to send.
enum Payload {
    /// Exact bytes (an edited sample, a captured body).
    Given(Vec<u8>),
    /// A fresh sample, rendered per webhook (its URL may flow into the payload) from one seed.
    Sample { variant: Option<String>, seed: u64 },
}

/// Which webhooks.
enum Targets {
    /// Every active webhook of the provider that subscribes and whose filters match.
    FanOut,
    /// This one, whatever it subscribes to (Test, or a trigger aimed at one webhook).
    Only(Box<Webhook>),
}

impl super::Deliveries {
    pub async fn trigger(&self, request: TriggerRequest) -> Result<TriggerResult> {
        let payload = match request.body {
            Some(body) => {
                if let Err(e) = serde_json::from_str::<Value>(&body) {
                    return Err(Error::BadRequest(format!(
                        "the payload is not valid JSON ({e}); fix it or start again from a sample"
                    )));
                }
                Payload::Given(body.into_bytes())
            }
            None => Payload::Sample {
                variant: request.variant,
                seed: random_seed(),
            },
        };
        let targets = match request.webhook {
            Some(id) => Targets::Only(Box::new(self.webhook(&id).await?)),
            None => Targets::FanOut,
        };
        let source = DeliverySource::Trigger;
        self.fan_out(&request.provider, &request.event, payload, targets, source)
            .await
    }

    /// The Test button: the profile's test event, to this webhook only.
    pub async fn test_webhook(&self, id: &str) -> Result<TriggerResult> {
        let webhook = self.webhook(id).await?;
        let provider = request::catalog()?.provider(&webhook.config.provider)?;
        let payload = Payload::Sample {
            variant: None,
            seed: random_seed(),
        };
        let (provider_id, event) = (provider.id.clone(), provider.test_event.clone());
        self.fan_out(
            &provider_id,
            &event,
            payload,
            Targets::Only(Box::new(webhook)),
            DeliverySource::Test,
        )
        .await
    }

    /// Sends a captured request's body again as an event. The provider and event are detected
    /// from the capture unless given.
    pub async fn send_capture(
        &self,
        capture_id: &str,
        provider: Option<String>,
        event: Option<String>,
    ) -> Result<TriggerResult> {
        let capture = self.store.get_capture(capture_id.to_owned()).await?;
        let body = capture.body.to_bytes()?;
        let headers: Vec<(String, String)> = capture
            .headers
            .iter()
            .map(|h| (h.name.clone(), h.value.clone()))
            .collect();
        let json = serde_json::from_slice::<Value>(&body).unwrap_or(Value::Null);
        let catalog = request::catalog()?;
        let (provider, event) = match (provider, event) {
            (Some(p), Some(e)) => (p, e),
            (Some(p), None) => {
                let provider = catalog.provider(&p)?;
                let event = catalog::detect_event(provider, &headers, &json).ok_or_else(|| {
                    Error::BadRequest(format!(
                        "this capture is not recognisably one of {}'s events: choose the event",
                        provider.name
                    ))
                })?;
                (p, event.id.clone())
            }
            (None, _) => detect_any(catalog.providers(), &headers, &json).ok_or_else(|| {
                Error::BadRequest(
                    "no provider profile recognises this capture: choose the provider and event"
                        .into(),
                )
            })?,
        };
        self.fan_out(
            &provider,
            &event,
            Payload::Given(body),
            Targets::FanOut,
            DeliverySource::Capture,
        )
        .await
    }

    async fn fan_out(
        &self,
        provider: &str,
        event: &str,
        payload: Payload,
        targets: Targets,
        source: DeliverySource,
    ) -> Result<TriggerResult> {
        let provider = request::catalog()?.provider(provider)?;
        let event = provider.event(event)?;
        if let Payload::Sample { variant, .. } = &payload {
            event.sample(&provider.id, variant.as_deref())?;
        }
        let (chosen, skipped) = match targets {
            Targets::Only(webhook) => {
                if webhook.config.provider != provider.id {
                    return Err(Error::BadRequest(format!(
                        "webhook `{}` sends {} events, not {}'s",
                        webhook.config.name, webhook.config.provider, provider.name
                    )));
                }
                (vec![*webhook], Vec::new())
            }
            Targets::FanOut => {
                let webhooks = self.webhooks().await?;
                select(webhooks, provider, event, &payload)
            }
        };
        // One instant for the delivery's creation and its sample's times: a provider that
        // stamps events (not attempts) sends this time on every attempt.
        let now = now_millis();
        let new = chosen
            .iter()
            .map(|webhook| new_delivery(provider, event, &payload, webhook, source, now))
            .collect::<Result<Vec<_>>>()?;
        let deliveries = self.enqueue(new).await?;
        Ok(TriggerResult {
            deliveries,
            skipped,
        })
    }
}

/// The webhooks an event fans out to, and the others of the provider with why not.
fn select(
    webhooks: Vec<Webhook>,
    provider: &Provider,
    event: &Event,
    payload: &Payload,
) -> (Vec<Webhook>, Vec<SkippedWebhook>) {
    let given = match payload {
        Payload::Given(bytes) => Some(serde_json::from_slice::<Value>(bytes).ok()),
        Payload::Sample { .. } => None,
    };
    let mut chosen = Vec::new();
    let mut skipped = Vec::new();
    for webhook in webhooks
        .into_iter()
        .filter(|w| w.config.provider == provider.id)
    {
        let reason = if !webhook.config.active {
            Some(match &webhook.disabled_reason {
                Some(why) => format!("disabled by Hookbench: {why}"),
                None => "inactive".to_owned(),
            })
        } else if !webhook
            .config
            .events
            .iter()
            .any(|p| glob_match(p, &event.id))
        {
            Some(format!("not subscribed to {}", event.id))
        } else {
            let rendered;
            let json = match &given {
                Some(json) => json.as_ref(),
                None => {
                    rendered = render(provider, event, payload, &webhook).ok();
                    rendered.as_ref()
                }
            };
            filters::rejection(&webhook.config.filters, json)
        };
        match reason {
            None => chosen.push(webhook),
            Some(reason) => skipped.push(SkippedWebhook {
                webhook_id: webhook.id,
                webhook_name: webhook.config.name,
                reason,
            }),
        }
    }
    (chosen, skipped)
}

fn new_delivery(
    provider: &Provider,
    event: &Event,
    payload: &Payload,
    webhook: &Webhook,
    source: DeliverySource,
    now: i64,
) -> Result<NewDelivery> {
    let context = RenderContext {
        now: event_time::from_millis(now),
        ..context(payload, webhook)
    };
    let message_id = catalog::new_delivery_id(provider, &context);
    let bytes = match payload {
        Payload::Given(bytes) => bytes.clone(),
        Payload::Sample { variant, .. } => {
            let context = context.with_delivery_id(&message_id);
            let value = catalog::render_sample(provider, event, variant.as_deref(), &context)?;
            serde_json::to_vec_pretty(&value)
                .map_err(|e| Error::Internal(format!("a sample could not be encoded: {e}")))?
        }
    };
    Ok(NewDelivery {
        delivery: Delivery {
            id: next_id(),
            message_id,
            webhook_id: webhook.id.clone(),
            webhook_name: webhook.config.name.clone(),
            provider: provider.id.clone(),
            event: event.id.clone(),
            source,
            status: DeliveryStatus::Pending,
            attempts: 0,
            next_attempt_at: Some(now),
            last_status: None,
            last_error: None,
            payload_size: bytes.len() as u64,
            created_at: now,
            updated_at: now,
            capture_id: None,
        },
        payload: bytes,
        plan: None,
    })
}

fn context<'a>(payload: &Payload, webhook: &'a Webhook) -> RenderContext<'a> {
    let seed = match payload {
        Payload::Sample { seed, .. } => *seed,
        Payload::Given(_) => random_seed(),
    };
    RenderContext::new(seed, OffsetDateTime::now_utc())
        .with_target_url(&webhook.config.url)
        .with_values(&webhook.config.values)
}

fn render(
    provider: &Provider,
    event: &Event,
    payload: &Payload,
    webhook: &Webhook,
) -> Result<Value> {
    let Payload::Sample { variant, .. } = payload else {
        return Err(Error::Internal("only samples are rendered".into()));
    };
    Ok(catalog::render_sample(
        provider,
        event,
        variant.as_deref(),
        &context(payload, webhook),
    )?)
}

fn detect_any(
    providers: &[Provider],
    headers: &[(String, String)],
    json: &Value,
) -> Option<(String, String)> {
    // A profile that would take any request (generic; a single event with no recognition rule)
    // is not a match.
    let recognises = |p: &&Provider| {
        p.id != request::GENERIC
            && (p.detect.header.is_some()
                || p.detect.field.is_some()
                || p.events.iter().any(|e| !e.match_rules.is_empty()))
    };
    providers
        .iter()
        .filter(recognises)
        .find_map(|p| catalog::detect_event(p, headers, json).map(|e| (p.id.clone(), e.id.clone())))
}
