//! Provider profiles loaded from text (`catalog::Catalog::from_sources`, as for user-defined
//! profiles): shape, signing configuration, templates, JSON Schemas, envelope. Loading must never
//! panic; a profile that loads is then used as the app uses one (every sample rendered with
//! another seed, headers, delivery ids, event detection, schema checks, URL rules), which must
//! not panic either.
#![no_main]

use hookbench::catalog::{
    detect_event, new_delivery_id, render_headers, render_sample, validate_payload, Catalog,
    RenderContext,
};
use libfuzzer_sys::fuzz_target;
use time::OffsetDateTime;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(catalog) = Catalog::from_sources(&[("fuzz.json", text)]) else {
        return;
    };
    let ctx = RenderContext::new(7, OffsetDateTime::UNIX_EPOCH)
        .with_target_url("https://example.com/hook?customUserId=1");
    for provider in catalog.providers() {
        let _ = provider.summary();
        let _ = provider.test_event();
        let _ = provider.check_url("http://localhost:1/x");
        let _ = provider.check_url("https://example.com/hook");
        let id = new_delivery_id(provider, &ctx);
        for event in &provider.events {
            let _ = event.info();
            let headers = render_headers(provider, event, &ctx, &id).unwrap_or_default();
            for sample in &event.samples {
                if let Ok(body) = render_sample(provider, event, Some(&sample.name), &ctx) {
                    let _ = validate_payload(event, &body);
                    let _ = detect_event(provider, &headers, &body);
                    let _ = detect_event(provider, &[] as &[(&str, &str)], &body);
                }
            }
            let _ = validate_payload(event, &serde_json::Value::Null);
        }
    }
});
