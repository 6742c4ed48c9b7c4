//! Naming what arrived: which provider sent a captured request, and which of its events it is,
//! from nothing but the request (no inbox setup). Signature and event headers say it first
//! (`X-GitHub-Event`, `Stripe-Signature`, `webhook-id`, `X-Shopify-Topic`, ...); a body whose
//! shape is exactly one provider's event names the unsigned providers (Connexify, Leadsie,
//! Workspace...).

use std::collections::HashMap;

use serde_json::Value;

use crate::catalog::{self, Catalog, Provider};
use crate::model::Header;
use crate::signing::Scheme;

/// Bodies larger than this are not parsed to recognise their shape (headers still count).
const MAX_SHAPE_BODY: usize = 1024 * 1024;
/// Header names many providers send, which say nothing about which one sent a request.
const COMMON_HEADERS: &[&str] = &[
    "accept",
    "cache-control",
    "content-length",
    "content-type",
    "host",
    "user-agent",
];
/// The generic HMAC profile describes no provider: it names nothing.
const UNNAMED: &[&str] = &["generic"];

/// A capture's provider, and its event when the request names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recognition {
    pub provider: String,
    /// The event as the provider names it, refined by its action where it has one
    /// (`pull_request.closed`); it may be an event the profile does not list.
    pub event: Option<String>,
}

/// Recognises requests against one catalog; built once, cheap to use.
pub struct Recognizer<'c> {
    catalog: &'c Catalog,
    /// Lowercase header name → the providers that send it.
    by_header: HashMap<String, Vec<usize>>,
}

impl<'c> Recognizer<'c> {
    pub fn new(catalog: &'c Catalog) -> Self {
        let mut by_header: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, provider) in catalog.providers().iter().enumerate() {
            if UNNAMED.contains(&provider.id.as_str()) {
                continue;
            }
            for name in distinctive_headers(provider) {
                let owners = by_header.entry(name).or_default();
                if !owners.contains(&index) {
                    owners.push(index);
                }
            }
        }
        Recognizer { catalog, by_header }
    }

    /// The provider and event of a request, if it carries enough to tell.
    pub fn recognize(&self, headers: &[Header], body: &[u8]) -> Option<Recognition> {
        let pairs: Vec<(&str, &str)> = headers
            .iter()
            .map(|h| (h.name.as_str(), h.value.as_str()))
            .collect();
        let payload = parse_object(body);
        let provider = self
            .by_headers(&pairs)
            .or_else(|| self.by_shape(&pairs, payload.as_ref()?))?;
        Some(Recognition {
            provider: provider.id.clone(),
            event: catalog::event_label(provider, &pairs, payload.as_ref()),
        })
    }

    /// The provider most of whose own headers the request carries.
    fn by_headers(&self, headers: &[(&str, &str)]) -> Option<&'c Provider> {
        let mut score = vec![0usize; self.catalog.providers().len()];
        let mut seen: Vec<String> = Vec::with_capacity(headers.len());
        for (name, _) in headers {
            let name = name.trim().to_ascii_lowercase();
            if seen.contains(&name) {
                continue;
            }
            if let Some(owners) = self.by_header.get(&name) {
                // A header only one provider sends counts more than one several send.
                let weight = if owners.len() == 1 { 2 } else { 1 };
                for &owner in owners {
                    score[owner] += weight;
                }
            }
            seen.push(name);
        }
        let best = (0..score.len()).max_by_key(|&i| (score[i], std::cmp::Reverse(i)))?;
        (score[best] > 0).then(|| &self.catalog.providers()[best])
    }

    /// The provider one of whose events the body is, exactly: its event field (or match rules)
    /// names the event and the body satisfies the event's schema. A single-event provider's
    /// body must satisfy the schema alone.
    fn by_shape(&self, headers: &[(&str, &str)], payload: &Value) -> Option<&'c Provider> {
        self.catalog.providers().iter().find(|provider| {
            if UNNAMED.contains(&provider.id.as_str()) {
                return false;
            }
            catalog::detect_event(provider, headers, payload)
                .is_some_and(|event| catalog::validate_payload(event, payload).is_empty())
        })
    }
}

/// The body as a JSON object, when it is one (and small enough to look at).
fn parse_object(body: &[u8]) -> Option<Value> {
    if body.len() > MAX_SHAPE_BODY || body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{')
    {
        return None;
    }
    serde_json::from_slice(body).ok()
}

/// The headers that mark a request as this provider's: its event, id and timestamp headers,
/// the ones its profile sends, and its signature headers.
fn distinctive_headers(provider: &Provider) -> Vec<String> {
    let mut names: Vec<String> = provider
        .headers
        .iter()
        .map(|h| h.name.clone())
        .chain(provider.detect.header.clone())
        .chain(provider.id_header.clone())
        .chain(provider.timestamp_header.clone())
        .chain(signature_headers(provider))
        .map(|name| name.to_ascii_lowercase())
        .filter(|name| !COMMON_HEADERS.contains(&name.as_str()))
        .collect();
    names.sort();
    names.dedup();
    names
}

fn signature_headers(provider: &Provider) -> Vec<String> {
    let Ok(scheme) = serde_json::from_value::<Scheme>(provider.signing.clone()) else {
        return Vec::new();
    };
    let names: &[&str] = match &scheme {
        Scheme::None => &[],
        Scheme::StandardWebhooks => &["webhook-signature", "webhook-id", "webhook-timestamp"],
        Scheme::Stripe => &["stripe-signature"],
        Scheme::Github => &["x-hub-signature-256", "x-hub-signature"],
        Scheme::Shopify => &["x-shopify-hmac-sha256"],
        Scheme::Slack => &["x-slack-signature", "x-slack-request-timestamp"],
        Scheme::Hmac(hmac) => {
            return [Some(&hmac.header), hmac.timestamp_header.as_ref()]
                .into_iter()
                .flatten()
                .cloned()
                .collect()
        }
    };
    names.iter().map(|n| (*n).to_owned()).collect()
}
