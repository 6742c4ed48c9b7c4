//! The provider catalog as the engine offers it: rendered samples, request previews with live
//! signatures, and users' saved samples.

use time::OffsetDateTime;

use crate::base::error::{Error, Result};
use crate::catalog::{self, RenderContext};
use crate::model::{Preview, PreviewRequest, RenderedSample, SavedSample};
use crate::services::provider::request::{self, Draft};

/// Seeds stay below 2^53 so that JavaScript clients hold them exactly.
const MAX_SEED: u64 = (1 << 53) - 1;
const MAX_SAMPLE_NAME: usize = 100;
const MAX_SAMPLE_BODY: usize = 1024 * 1024;

pub fn random_seed() -> u64 {
    let mut bytes = [0u8; 8];
    // The OS random source does not fail in practice; the clock is a fine fallback for samples.
    if getrandom::fill(&mut bytes).is_err() {
        return OffsetDateTime::now_utc().unix_timestamp_nanos() as u64 & MAX_SEED;
    }
    u64::from_le_bytes(bytes) & MAX_SEED
}

/// A sample of `event`, fresh (random seed) unless a seed is given.
pub fn render_sample(
    provider: &str,
    event: &str,
    variant: Option<&str>,
    seed: Option<u64>,
    target_url: Option<&str>,
) -> Result<RenderedSample> {
    let catalog = request::catalog()?;
    let provider = catalog.provider(provider)?;
    let event = provider.event(event)?;
    let sample = event.sample(&provider.id, variant)?;
    let seed = seed.map_or_else(random_seed, |s| s & MAX_SEED);
    let mut context = RenderContext::new(seed, OffsetDateTime::now_utc());
    if let Some(url) = target_url {
        context = context.with_target_url(url);
    }
    let payload = catalog::render_sample(provider, event, Some(&sample.name), &context)?;
    Ok(RenderedSample {
        provider: provider.id.clone(),
        event: event.id.clone(),
        variant: sample.name.clone(),
        seed,
        payload,
    })
}

/// The request the provider would send with this body now: headers, signature, and checks.
pub fn preview(provider: &str, event: &str, request: PreviewRequest) -> Result<Preview> {
    let catalog = request::catalog()?;
    let provider = catalog.provider(provider)?;
    let event = provider.event(event)?;
    let (json_error, violations, notes) = match serde_json::from_str(&request.body) {
        Ok(value) => (
            None,
            catalog::validate_payload(event, &value),
            catalog::payload_notes(provider, event, &value),
        ),
        Err(e) => (Some(e.to_string()), Vec::new(), Vec::new()),
    };
    let url_error = request
        .url
        .as_deref()
        .and_then(|url| provider.check_url(url).err())
        .map(|e| e.to_string());
    let built = request::build(Draft {
        provider,
        event,
        body: request.body.into_bytes(),
        secrets: &request.secrets,
        now: OffsetDateTime::now_utc(),
        seed: random_seed(),
        target_url: request.url.as_deref(),
        delivery_id: None,
        custom_scheme: request.scheme,
        values: None,
    })?;
    Ok(Preview {
        delivery_id: built.delivery_id,
        timestamp: built.timestamp,
        headers: built.headers,
        json_error,
        violations,
        notes,
        url_error,
    })
}

impl super::Providers {
    /// Saves (or replaces) a named sample; the body must be JSON.
    pub async fn save_sample(
        &self,
        provider: &str,
        event: &str,
        name: &str,
        body: String,
    ) -> Result<SavedSample> {
        let catalog = request::catalog()?;
        let provider = catalog.provider(provider)?;
        let event = provider.event(event)?;
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_SAMPLE_NAME {
            return Err(Error::BadRequest(format!(
                "a sample needs a name of 1 to {MAX_SAMPLE_NAME} characters"
            )));
        }
        if body.len() > MAX_SAMPLE_BODY {
            return Err(Error::BadRequest(format!(
                "the sample is {} bytes; saved samples are limited to {MAX_SAMPLE_BODY} bytes",
                body.len()
            )));
        }
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&body) {
            return Err(Error::BadRequest(format!(
                "the sample is not valid JSON ({e}): fix it before saving"
            )));
        }
        self.store
            .save_sample(SavedSample {
                id: crate::base::ids::next_id(),
                provider: provider.id.clone(),
                event: event.id.clone(),
                name: name.to_owned(),
                body,
                created_at: crate::base::clock::now_millis(),
            })
            .await
    }

    pub async fn saved_samples(&self, provider: &str) -> Result<Vec<SavedSample>> {
        let provider = request::catalog()?.provider(provider)?;
        self.store.saved_samples(provider.id.clone()).await
    }

    pub async fn delete_sample(&self, id: String) -> Result<()> {
        self.store.delete_sample(id).await
    }
}
