//! Rendering samples, headers and delivery ids: deterministic for a (seed, now, target URL).

use std::collections::BTreeMap;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde_json::Value;
use time::OffsetDateTime;

use super::error::CatalogError;
use super::eval::{eval, to_text, Env};
use super::model::{Event, Provider};
use super::template::{self, Node, Scope};

/// What a render depends on. The same context renders the same bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderContext<'a> {
    /// Seeds every random value (ids, names, amounts...).
    pub seed: u64,
    /// The time all `now_*` / `ago_*` values are computed from.
    pub now: OffsetDateTime,
    /// The URL the delivery goes to; its query string feeds `{{query.NAME}}`.
    pub target_url: Option<&'a str>,
    /// The delivery id `{{delivery_id}}` stands for; `None` derives one from the seed.
    pub delivery_id: Option<&'a str>,
    /// The webhook's own values (`{{value.NAME}}`); unset ones take the profile's default.
    pub values: Option<&'a BTreeMap<String, String>>,
}

impl<'a> RenderContext<'a> {
    pub fn new(seed: u64, now: OffsetDateTime) -> RenderContext<'a> {
        RenderContext {
            seed,
            now,
            target_url: None,
            delivery_id: None,
            values: None,
        }
    }

    pub fn with_values(self, values: &'a BTreeMap<String, String>) -> RenderContext<'a> {
        RenderContext {
            values: Some(values),
            ..self
        }
    }

    pub fn with_target_url(self, url: &'a str) -> RenderContext<'a> {
        RenderContext {
            target_url: Some(url),
            ..self
        }
    }

    pub fn with_delivery_id(self, id: &'a str) -> RenderContext<'a> {
        RenderContext {
            delivery_id: Some(id),
            ..self
        }
    }
}

/// A random stream per purpose, so that adding a field to one sample does not change another.
fn stream(seed: u64, parts: &[&str]) -> ChaCha8Rng {
    // FNV-1a: stable across Rust versions, unlike the std hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0u8]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    key[8..16].copy_from_slice(&hash.to_le_bytes());
    ChaCha8Rng::from_seed(key)
}

/// The query parameters of a URL (first value wins when looked up), decoded.
fn query_pairs(url: Option<&str>) -> Vec<(String, String)> {
    let Some(url) = url else { return Vec::new() };
    let Some((_, query)) = url.split_once('?') else {
        return Vec::new();
    };
    let query = query.split('#').next().unwrap_or_default();
    url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

struct Base<'a> {
    provider: &'a Provider,
    ctx: &'a RenderContext<'a>,
    query: Vec<(String, String)>,
}

impl<'a> Base<'a> {
    fn new(provider: &'a Provider, ctx: &'a RenderContext<'a>) -> Base<'a> {
        Base {
            provider,
            ctx,
            query: query_pairs(ctx.target_url),
        }
    }

    /// An environment with the provider's bindings evaluated (always from the same stream, so
    /// headers and samples of one delivery agree on them).
    fn env<'e>(
        &'e self,
        purpose: &[&str],
        event: Option<&'e str>,
        delivery_id: Option<&'e str>,
    ) -> Env<'e> {
        let mut env = Env {
            rng: stream(self.ctx.seed, &[&self.provider.id, "let"]),
            now: self.ctx.now,
            query: &self.query,
            target_url: self.ctx.target_url,
            values: self.ctx.values,
            value_defaults: &self.provider.compiled.value_defaults,
            event,
            provider: Some(&self.provider.id),
            delivery_id,
            payload: None,
            vars: Vec::new(),
        };
        for (name, node) in &self.provider.compiled.lets {
            let v = eval(node, &mut env);
            env.vars.push((name.clone(), v));
        }
        let mut parts = vec![self.provider.id.as_str()];
        parts.extend_from_slice(purpose);
        env.rng = stream(self.ctx.seed, &parts);
        env
    }
}

/// A fresh delivery id in the provider's format (`{{uuid}}`, `msg_...`), derived from the seed.
pub fn new_delivery_id(provider: &Provider, ctx: &RenderContext) -> String {
    let base = Base::new(provider, ctx);
    let mut env = base.env(&["delivery_id"], None, None);
    match &provider.compiled.delivery_id {
        Some(node) => eval(node, &mut env)
            .map(|v| to_text(&v))
            .unwrap_or_default(),
        None => String::new(),
    }
}

/// Renders a sample of an event, wrapped in the provider's envelope: the body to send.
///
/// `variant` names the sample (`None`: the first). Fails only on an unknown variant.
pub fn render_sample(
    provider: &Provider,
    event: &Event,
    variant: Option<&str>,
    ctx: &RenderContext,
) -> Result<Value, CatalogError> {
    let sample = event.sample(&provider.id, variant)?;
    let delivery_id = match ctx.delivery_id {
        Some(id) => id.to_string(),
        None => new_delivery_id(provider, ctx),
    };
    let base = Base::new(provider, ctx);
    let mut env = base.env(
        &[&event.id, &sample.name],
        Some(&event.id),
        Some(&delivery_id),
    );
    let payload = eval(&sample.node, &mut env).unwrap_or(Value::Null);
    let Some(envelope) = &provider.compiled.envelope else {
        return Ok(payload);
    };
    let mut env = Env {
        payload: Some(&payload),
        ..env
    };
    Ok(eval(envelope, &mut env).unwrap_or(Value::Null))
}

/// The headers to send with a delivery, in order, without signature headers (the signing module
/// adds those, reading the id and timestamp from `id_header` / `timestamp_header`). A header whose
/// template is optional and absent is left out.
pub fn render_headers(
    provider: &Provider,
    event: &Event,
    ctx: &RenderContext,
    delivery_id: &str,
) -> Result<Vec<(String, String)>, CatalogError> {
    let base = Base::new(provider, ctx);
    let mut env = base.env(&[&event.id, "headers"], Some(&event.id), Some(delivery_id));
    Ok(provider
        .compiled
        .headers
        .iter()
        .filter_map(|(name, node)| eval(node, &mut env).map(|v| (name.clone(), to_text(&v))))
        .collect())
}

/// Renders a free-standing template (e.g. one a user typed) outside any provider: provider
/// bindings, `event` and `payload` are not available; `delivery_id` is `ctx.delivery_id`.
pub fn render_template(template: &Value, ctx: &RenderContext) -> Result<Value, CatalogError> {
    let node: Node = template::compile(template, "", &mut Scope::default()).map_err(|e| {
        CatalogError::InvalidTemplate {
            path: e.path,
            message: e.message,
        }
    })?;
    let query = query_pairs(ctx.target_url);
    let mut env = Env {
        rng: stream(ctx.seed, &["template"]),
        now: ctx.now,
        query: &query,
        target_url: ctx.target_url,
        values: ctx.values,
        value_defaults: &[],
        event: None,
        provider: None,
        delivery_id: ctx.delivery_id,
        payload: None,
        vars: Vec::new(),
    };
    Ok(eval(&node, &mut env).unwrap_or(Value::Null))
}
