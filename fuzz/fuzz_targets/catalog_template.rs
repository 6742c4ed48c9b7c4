//! Sample templates as a user types them (`catalog::render_template`): the input is the template,
//! as JSON when it parses (objects, arrays, `$let` bindings) and always also as one string
//! (`{{function args}}` placeholders). Compiling and rendering must never panic, and rendering is
//! deterministic for the same context, as documented.
#![no_main]

use hookbench::catalog::{render_template, RenderContext};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use time::OffsetDateTime;

fn render_twice(template: &Value, ctx: &RenderContext) {
    let first = render_template(template, ctx);
    let second = render_template(template, ctx);
    match (first, second) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "rendering is not deterministic"),
        (Err(_), Err(_)) => {}
        (a, b) => panic!("one render failed, the other did not: {a:?} / {b:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let seed = data.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    // Any instant from 1970 to about 2065, so the `now_*` and `ago_*` functions get odd dates.
    let now = OffsetDateTime::from_unix_timestamp((seed % 3_000_000_000) as i64)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let mut ctx = RenderContext::new(seed, now);
    if seed & 1 == 1 {
        ctx = ctx
            .with_target_url("https://example.com/hooks/a?customUserId=42&x=%ZZ&x=2&empty=")
            .with_delivery_id("evt_0001");
    }

    if let Ok(template) = serde_json::from_slice::<Value>(data) {
        render_twice(&template, &ctx);
    }
    let text = String::from_utf8_lossy(data).into_owned();
    render_twice(&Value::String(text), &ctx);
});
