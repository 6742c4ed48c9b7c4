//! Loading one profile: shape checks, template compilation, schema composition, and a render of
//! every sample checked against its own schema. Any failure is a `CatalogError` naming the place.

use serde_json::{Map, Value};
use time::macros::datetime;

use super::checks::{check_signing, is_token_byte};
use super::decode::{self, Obj};
use super::delivery;
use super::error::CatalogError;
use super::model::{
    Detect, Envelope, Event, EventCompiled, HeaderTemplate, Provider, ProviderCompiled, Sample,
    UrlRules,
};
use super::render::{render_sample, RenderContext};
use super::schema::{self, validate_payload, Parts};
use super::template::{self, check_name, Node, Scope, TemplateError};
use super::values;

const PROFILE_KEYS: &[&str] = &[
    "$comment",
    "id",
    "name",
    "description",
    "docs",
    "signing",
    "url",
    "delivery_id",
    "id_header",
    "timestamp_header",
    "headers",
    "detect",
    "test_event",
    "let",
    "defs",
    "envelope",
    "registration",
    "delivery",
    "values",
    "events",
];
const EVENT_KEYS: &[&str] = &[
    "$comment",
    "id",
    "name",
    "description",
    "match",
    "schema",
    "samples",
];
const SAMPLE_KEYS: &[&str] = &["$comment", "name", "description", "template"];
/// Whether loading renders every sample and checks it against its schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SampleCheck {
    /// Profiles from outside the binary: a sample that breaks its schema is a load error.
    Render,
    /// The built-in profiles: a test renders every one of their samples (with more seeds), so
    /// the catalog's first use does not pay for it on every start.
    Skip,
}

/// Loads and validates one profile from its file name and JSON text.
pub(crate) fn load_profile(
    file: &str,
    text: &str,
    samples: SampleCheck,
) -> Result<Provider, CatalogError> {
    let root = decode::parse(file, text)?;
    let o = Obj::new(file, String::new(), &root)?;
    o.only(PROFILE_KEYS)?;
    let id = o.string("id")?;
    let id_ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        return Err(o.err(
            "id",
            format!("invalid provider id `{id}`: use lowercase letters, digits and `-`"),
        ));
    }
    let w = Where {
        file,
        provider: &id,
    };
    let signing = o.value("signing")?.clone();
    check_signing(&o, &signing)?;
    let url = match o.opt("url") {
        None => UrlRules {
            https_required: false,
            allow_loopback_http: true,
        },
        Some(_) => {
            let u = o.child("url")?;
            u.only(&["https_required", "allow_loopback_http"])?;
            UrlRules {
                https_required: u.bool_or("https_required", false)?,
                allow_loopback_http: u.bool_or("allow_loopback_http", true)?,
            }
        }
    };
    let detect = match o.opt("detect") {
        None => Detect {
            header: None,
            field: None,
            action: None,
        },
        Some(_) => {
            let d = o.child("detect")?;
            d.only(&["header", "field", "action"])?;
            let field = d.opt_string("field")?;
            let action = d.opt_string("action")?;
            for (key, pointer) in [("field", &field), ("action", &action)] {
                if pointer.as_deref().is_some_and(|f| !f.starts_with('/')) {
                    return Err(d.err(key, "must be a JSON pointer starting with `/`"));
                }
            }
            Detect {
                header: d.opt_string("header")?,
                field,
                action,
            }
        }
    };

    // Provider-level bindings, in order; each may use the ones before it.
    let lets = o.opt_object("let")?.cloned().unwrap_or_default();
    let (values, value_defaults) = values::load(&o)?;
    let value_names: Vec<String> = values.iter().map(|v| v.name.clone()).collect();
    let mut scope = Scope::for_profile(&[], &value_names);
    let mut compiled_lets = Vec::new();
    for (name, tpl) in &lets {
        let path = format!("/let/{}", template::pointer_segment(name));
        check_name(name).map_err(|message| {
            w.template(
                "profile",
                TemplateError {
                    path: path.clone(),
                    message,
                },
            )
        })?;
        compiled_lets.push((
            name.clone(),
            template::compile(tpl, &path, &mut scope).map_err(|e| w.template("profile", e))?,
        ));
        let names: Vec<String> = compiled_lets.iter().map(|(n, _)| n.clone()).collect();
        scope = Scope::for_profile(&names, &value_names);
    }
    let let_names: Vec<String> = compiled_lets.iter().map(|(n, _)| n.clone()).collect();

    let mut headers = Vec::new();
    let mut compiled_headers = Vec::new();
    for (i, h) in o.array("headers")?.iter().enumerate() {
        let h = Obj::new(file, format!("/headers/{i}"), h)?;
        h.only(&["name", "value"])?;
        let (name, value) = (h.string("name")?, h.string("value")?);
        if name.is_empty() || !name.bytes().all(is_token_byte) {
            return Err(h.err("name", format!("`{name}` is not a valid header name")));
        }
        let mut s = Scope::for_profile(&let_names, &value_names);
        let node = template::compile(&Value::String(value.clone()), &h.at("value"), &mut s)
            .map_err(|e| w.template("profile", e))?;
        compiled_headers.push((name.clone(), node));
        headers.push(HeaderTemplate { name, value });
    }

    let delivery_id = o
        .opt_string("delivery_id")?
        .unwrap_or_else(|| "{{ulid}}".into());
    let mut s = Scope::for_profile(&let_names, &value_names);
    s.no_delivery_id = true;
    let delivery_node =
        template::compile(&Value::String(delivery_id.clone()), "/delivery_id", &mut s)
            .map_err(|e| w.template("profile", e))?;

    let (envelope, envelope_node) = match o.opt("envelope") {
        None => (None, None),
        Some(_) => {
            let e = o.child("envelope")?;
            e.only(&["template", "schema"])?;
            let tpl = e.value("template")?.clone();
            schema::payload_slot(&tpl).map_err(|m| e.err("template", m))?;
            let mut s = Scope::for_profile(&let_names, &value_names);
            s.payload = true;
            let node = template::compile(&tpl, &e.at("template"), &mut s)
                .map_err(|e| w.template("profile", e))?;
            (
                Some(Envelope {
                    template: tpl,
                    schema: e.value("schema")?.clone(),
                }),
                Some(node),
            )
        }
    };
    let defs = o.opt_object("defs")?.cloned().unwrap_or_default();

    let mut events: Vec<Event> = Vec::new();
    for (i, ev) in o.array("events")?.iter().enumerate() {
        let e = Obj::new(file, format!("/events/{i}"), ev)?;
        let names = (let_names.as_slice(), value_names.as_slice());
        let event = load_event(&e, &w, names, &detect, envelope.as_ref(), &defs)?;
        if events.iter().any(|x| x.id == event.id) {
            return Err(e.err("id", format!("duplicate event id `{}`", event.id)));
        }
        events.push(event);
    }
    if events.is_empty() {
        return Err(o.err("events", "a profile needs at least one event"));
    }
    let test_event = o.string("test_event")?;
    if !events.iter().any(|e| e.id == test_event) {
        return Err(o.err(
            "test_event",
            format!("`{test_event}` is not one of the profile's events"),
        ));
    }

    let provider = Provider {
        id,
        name: o.string("name")?,
        description: o.string("description")?,
        docs: o.string("docs")?,
        signing,
        headers,
        id_header: o.opt_string("id_header")?,
        timestamp_header: o.opt_string("timestamp_header")?,
        delivery_id,
        test_event,
        url,
        detect,
        lets,
        envelope,
        registration: o.opt("registration").cloned(),
        delivery: delivery::load(&o)?,
        values,
        events,
        compiled: ProviderCompiled {
            headers: compiled_headers,
            lets: compiled_lets,
            delivery_id: Some(delivery_node),
            envelope: envelope_node,
            value_defaults,
        },
    };
    if samples == SampleCheck::Render {
        for event in &provider.events {
            event.validator().map_err(|message| CatalogError::Schema {
                file: file.to_string(),
                provider: provider.id.clone(),
                event: event.id.clone(),
                message: message.to_string(),
            })?;
        }
        check_samples(file, &provider)?;
    }
    Ok(provider)
}

fn load_event(
    e: &Obj,
    w: &Where,
    (let_names, value_names): (&[String], &[String]),
    detect: &Detect,
    envelope: Option<&Envelope>,
    defs: &Map<String, Value>,
) -> Result<Event, CatalogError> {
    e.only(EVENT_KEYS)?;
    let id = e.string("id")?;
    if id.is_empty() || id.chars().any(char::is_whitespace) {
        return Err(e.err("id", format!("invalid event id `{id}`: no spaces")));
    }
    let label = format!("event `{id}`");
    let match_rules = e.opt_object("match")?.cloned().unwrap_or_default();
    if let Some(k) = match_rules.keys().find(|k| !k.starts_with('/')) {
        return Err(e.err(
            "match",
            format!("`{k}` is not a JSON pointer (it must start with `/`)"),
        ));
    }
    let mut samples = Vec::new();
    for (j, s) in e.array("samples")?.iter().enumerate() {
        let s = Obj::new(e.file, format!("{}/{j}", e.at("samples")), s)?;
        s.only(SAMPLE_KEYS)?;
        let name = s.string("name")?;
        if name.is_empty() || samples.iter().any(|x: &Sample| x.name == name) {
            return Err(s.err(
                "name",
                format!("sample names must be unique and non-empty, found `{name}`"),
            ));
        }
        let tpl = s.value("template")?.clone();
        let mut scope = Scope::for_profile(let_names, value_names);
        let node: Node = template::compile(&tpl, &s.at("template"), &mut scope)
            .map_err(|err| w.template(&label, err))?;
        samples.push(Sample {
            name,
            description: s.opt_string("description")?.unwrap_or_default(),
            template: tpl,
            node,
        });
    }
    if samples.is_empty() {
        return Err(e.err("samples", "an event needs at least one sample"));
    }
    let schema_err = |message: String| CatalogError::Schema {
        file: e.file.to_string(),
        provider: w.provider.to_string(),
        event: id.clone(),
        message,
    };
    let schema = schema::compose(&Parts {
        event_schema: e.value("schema")?,
        envelope: envelope.map(|env| (&env.template, &env.schema)),
        defs,
        detect_field: detect.field.as_deref(),
        event_id: &id,
    })
    .map_err(schema_err)?;
    Ok(Event {
        id,
        name: e.string("name")?,
        description: e.string("description")?,
        schema,
        match_rules,
        samples,
        compiled: EventCompiled::default(),
    })
}

/// The file and provider being loaded, for error messages.
struct Where<'a> {
    file: &'a str,
    provider: &'a str,
}

impl Where<'_> {
    fn template(&self, event: &str, e: TemplateError) -> CatalogError {
        CatalogError::Template {
            file: self.file.to_string(),
            provider: self.provider.to_string(),
            event: event.to_string(),
            path: e.path,
            message: e.message,
        }
    }
}

/// Renders every sample once (with and without a target URL) and checks it against its schema.
fn check_samples(file: &str, provider: &Provider) -> Result<(), CatalogError> {
    let now = datetime!(2025-01-15 10:30:00 UTC);
    for event in &provider.events {
        for sample in &event.samples {
            for target in [None, Some("https://example.com/hook?customUserId=user-123")] {
                let ctx = RenderContext {
                    seed: 0,
                    now,
                    target_url: target,
                    delivery_id: None,
                    values: None,
                };
                let body = render_sample(provider, event, Some(&sample.name), &ctx)?;
                if let Some(v) = validate_payload(event, &body).into_iter().next() {
                    return Err(CatalogError::SampleMismatch {
                        file: file.to_string(),
                        provider: provider.id.clone(),
                        event: event.id.clone(),
                        sample: sample.name.clone(),
                        path: v.path,
                        message: v.message,
                    });
                }
            }
        }
    }
    Ok(())
}
