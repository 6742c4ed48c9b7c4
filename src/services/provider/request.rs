//! The exact request a provider sends for one event: its headers (from the profile), the body,
//! and the signature (from the signing scheme). Used by the catalog's preview, `hookbench send`
//! and the sender, so all three send the same bytes.

use std::collections::BTreeMap;

use time::OffsetDateTime;

use crate::base::error::{Error, Result};
use crate::catalog::{self, Catalog, Event, Provider, RenderContext};
use crate::model::Header;
use crate::signing::{self, HmacScheme, Message, Scheme};

/// A request ready to send: method POST, these headers in this order, this body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingRequest {
    pub delivery_id: String,
    /// Unix seconds: the time signed into timestamped schemes.
    pub timestamp: i64,
    pub headers: Vec<Header>,
    pub body: Vec<u8>,
}

/// What the request is built from.
pub struct Draft<'a> {
    pub provider: &'a Provider,
    pub event: &'a Event,
    pub body: Vec<u8>,
    /// Oldest first: the last one is the newest and signs (see `signing`).
    pub secrets: &'a [String],
    pub now: OffsetDateTime,
    pub seed: u64,
    pub target_url: Option<&'a str>,
    /// None: a fresh id in the provider's format.
    pub delivery_id: Option<String>,
    /// A custom HMAC scheme (generic profile only; see `scheme_for`).
    pub custom_scheme: Option<HmacScheme>,
    /// The webhook's own values (`{{value.NAME}}`), if any.
    pub values: Option<&'a BTreeMap<String, String>>,
}

/// The provider's signing scheme, parsed from its profile.
pub fn scheme(provider: &Provider) -> Result<Scheme> {
    serde_json::from_value(provider.signing.clone()).map_err(|e| {
        Error::Internal(format!(
            "the signing configuration of provider `{}` is invalid: {e}",
            provider.id
        ))
    })
}

/// The scheme to sign or verify with: the profile's, or for the generic profile (whose scheme is
/// the user's to choose) a custom HMAC configuration.
pub fn scheme_for(provider: &Provider, custom: Option<HmacScheme>) -> Result<Scheme> {
    match custom {
        None => scheme(provider),
        Some(custom) if provider.id == GENERIC => {
            custom.validate()?;
            Ok(Scheme::Hmac(custom))
        }
        Some(_) => Err(Error::BadRequest(format!(
            "provider `{}` signs with its own scheme ({}); only the `{GENERIC}` profile takes a \
             custom HMAC scheme",
            provider.id,
            provider.signing_scheme()
        ))),
    }
}

/// The profile whose signing scheme users configure.
pub const GENERIC: &str = "generic";

pub fn build(draft: Draft) -> Result<OutgoingRequest> {
    let scheme = scheme_for(draft.provider, draft.custom_scheme)?;
    let mut context = RenderContext::new(draft.seed, draft.now);
    if let Some(url) = draft.target_url {
        context = context.with_target_url(url);
    }
    if let Some(values) = draft.values {
        context = context.with_values(values);
    }
    let delivery_id = draft
        .delivery_id
        .unwrap_or_else(|| catalog::new_delivery_id(draft.provider, &context));
    let profile_headers =
        catalog::render_headers(draft.provider, draft.event, &context, &delivery_id)?;
    let timestamp = draft.now.unix_timestamp();
    let signature_headers = signing::sign(
        &scheme,
        draft.secrets,
        &Message {
            id: &delivery_id,
            timestamp,
            body: &draft.body,
        },
    )?;
    let mut headers: Vec<Header> = profile_headers
        .into_iter()
        .map(|(name, value)| Header::from_bytes(&name, value.as_bytes()))
        .collect();
    // The scheme owns the headers it signs over: its values win over the profile's.
    for (name, value) in signature_headers {
        match headers
            .iter_mut()
            .find(|h| h.name.eq_ignore_ascii_case(&name))
        {
            Some(existing) => existing.value = value,
            None => headers.push(Header::from_bytes(&name, value.as_bytes())),
        }
    }
    Ok(OutgoingRequest {
        delivery_id,
        timestamp,
        headers,
        body: draft.body,
    })
}

/// The embedded catalog, as an engine error.
pub fn catalog() -> Result<&'static Catalog> {
    Ok(Catalog::embedded()?)
}

/// Custom headers after the profile's: one with a name the profile also sends replaces its
/// value in place; the others are added in order.
pub fn with_custom_headers(mut headers: Vec<Header>, custom: &[Header]) -> Vec<Header> {
    for header in custom {
        match headers
            .iter_mut()
            .find(|h| h.name.eq_ignore_ascii_case(&header.name))
        {
            Some(existing) => {
                existing.value.clone_from(&header.value);
                existing.raw_base64.clone_from(&header.raw_base64);
            }
            None => headers.push(header.clone()),
        }
    }
    headers
}
