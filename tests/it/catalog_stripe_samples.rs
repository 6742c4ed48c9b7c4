//! The generated Stripe samples: each is the event as Stripe sends it (envelope, delivery id,
//! the delivery moment), its objects agree with each other (one customer, one subscription,
//! amounts that add up, times in order), and every seed renders other ids and people.

use hookbench::catalog::import::{import_openapi, ImportSources, Input};
use hookbench::catalog::{render_sample, validate_payload, Catalog, Provider, RenderContext};
use serde_json::Value;
use time::macros::datetime;
use time::OffsetDateTime;

const NOW: OffsetDateTime = datetime!(2025-01-15 10:30:00 UTC);
const SEEDS: [u64; 4] = [0, 1, 7, 99];

fn stripe() -> &'static Provider {
    Catalog::embedded().unwrap().provider("stripe").unwrap()
}

/// The default sample of an event, for a seed, delivered as `evt_1Delivery`.
fn sample(event: &str, seed: u64) -> Value {
    let st = stripe();
    let ctx = RenderContext::new(seed, NOW).with_delivery_id("evt_1Delivery");
    render_sample(st, st.event(event).unwrap(), None, &ctx).unwrap()
}

fn object(event: &str, seed: u64) -> Value {
    sample(event, seed)["data"]["object"].clone()
}

fn str_at<'v>(v: &'v Value, pointer: &str) -> &'v str {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string at {pointer} in {v}"))
}

fn int_at(v: &Value, pointer: &str) -> i64 {
    v.pointer(pointer)
        .and_then(Value::as_i64)
        .unwrap_or_else(|| panic!("no integer at {pointer} in {v}"))
}

fn has_prefix(v: &Value, pointer: &str, prefix: &str) {
    let id = str_at(v, pointer);
    assert!(
        id.starts_with(prefix) && id.len() > prefix.len() + 8,
        "{pointer} = {id}, expected a {prefix}... id"
    );
}

#[test]
fn every_sample_is_an_event_envelope_of_its_type_delivered_now() {
    let now = NOW.unix_timestamp();
    for event in &stripe().events {
        for seed in SEEDS {
            let body = sample(&event.id, seed);
            assert_eq!(body["id"], "evt_1Delivery", "{}", event.id);
            assert_eq!(body["object"], "event");
            assert_eq!(body["type"], event.id.as_str());
            assert_eq!(body["created"], now, "{}", event.id);
            assert_eq!(body["livemode"], false);
            assert!(body["api_version"].is_string());
            assert!(body["request"].is_object(), "{}", event.id);
            let o = &body["data"]["object"];
            assert!(
                o.get("livemode").is_none_or(|l| *l == false),
                "{}",
                event.id
            );
            // Objects are made before the event is sent about them; an upcoming invoice is the
            // preview of one its renewal will make, and carries that moment.
            let created = int_at(o, "/created");
            if event.id == "invoice.upcoming" {
                assert_eq!(created, int_at(o, "/next_payment_attempt"));
                assert!(created > now);
            } else {
                assert!(created <= now, "{} created after the event", event.id);
            }
            let updated = event.id.ends_with(".updated");
            assert_eq!(
                body["data"]["previous_attributes"].is_object(),
                updated
                    || [
                        "charge.refunded",
                        "customer.subscription.paused",
                        "customer.subscription.resumed"
                    ]
                    .contains(&event.id.as_str()),
                "{}: previous_attributes",
                event.id
            );
        }
    }
}

#[test]
fn payment_samples_name_one_intent_charge_and_customer_with_one_amount() {
    for seed in SEEDS {
        let pi = object("payment_intent.succeeded", seed);
        has_prefix(&pi, "/id", "pi_");
        has_prefix(&pi, "/customer", "cus_");
        has_prefix(&pi, "/latest_charge", "ch_");
        has_prefix(&pi, "/payment_method", "pm_");
        assert!(
            str_at(&pi, "/client_secret").starts_with(&format!("{}_secret_", str_at(&pi, "/id")))
        );
        assert_eq!(pi["status"], "succeeded");
        assert_eq!(pi["amount_received"], pi["amount"]);

        let failed = object("payment_intent.payment_failed", seed);
        assert_eq!(failed["status"], "requires_payment_method");
        assert_eq!(failed["amount_received"], 0);
        assert_eq!(
            failed["last_payment_error"]["charge"],
            failed["latest_charge"]
        );
        assert_eq!(
            failed["last_payment_error"]["payment_method"]["id"]
                .as_str()
                .map(|s| &s[..3]),
            Some("pm_")
        );

        let charge = object("charge.succeeded", seed);
        assert_eq!(charge["status"], "succeeded");
        assert_eq!(charge["amount_captured"], charge["amount"]);
        assert_eq!(
            charge["payment_method_details"]["card"]["amount_authorized"],
            charge["amount"]
        );
        has_prefix(&charge, "/payment_intent", "pi_");
        has_prefix(&charge, "/balance_transaction", "txn_");
        assert_eq!(charge["billing_details"]["email"], charge["receipt_email"]);

        let failed_charge = object("charge.failed", seed);
        assert_eq!(
            (
                failed_charge["paid"].clone(),
                failed_charge["captured"].clone()
            ),
            (false.into(), false.into())
        );
        assert_eq!(failed_charge["amount_captured"], 0);
        assert!(failed_charge["failure_code"].is_string());

        let refunded = sample("charge.refunded", seed);
        assert_eq!(
            refunded["data"]["object"]["amount_refunded"],
            refunded["data"]["object"]["amount"]
        );
        assert_eq!(
            refunded["data"]["previous_attributes"]["amount_refunded"],
            0
        );

        let refund = object("refund.created", seed);
        has_prefix(&refund, "/id", "re_");
        has_prefix(&refund, "/charge", "ch_");
        has_prefix(&refund, "/payment_intent", "pi_");
        let dispute = object("charge.dispute.created", seed);
        has_prefix(&dispute, "/id", "du_");
        has_prefix(&dispute, "/charge", "ch_");
        assert!(int_at(&dispute, "/evidence_details/due_by") > NOW.unix_timestamp());

        let session = object("checkout.session.completed", seed);
        has_prefix(&session, "/id", "cs_test_");
        has_prefix(&session, "/payment_intent", "pi_");
        has_prefix(&session, "/customer", "cus_");
        assert_eq!(
            (session["status"].clone(), session["payment_status"].clone()),
            ("complete".into(), "paid".into())
        );
        assert_eq!(session["amount_total"], session["amount_subtotal"]);
        assert_eq!(
            session["metadata"]["order_id"],
            session["client_reference_id"]
        );
        assert!(int_at(&session, "/expires_at") > int_at(&session, "/created"));
    }
}

#[test]
fn an_invoice_its_lines_and_its_subscription_agree() {
    for event in [
        "invoice.created",
        "invoice.finalized",
        "invoice.paid",
        "invoice.payment_succeeded",
        "invoice.payment_failed",
        "invoice.upcoming",
    ] {
        for seed in SEEDS {
            let inv = object(event, seed);
            has_prefix(&inv, "/id", "in_");
            has_prefix(&inv, "/customer", "cus_");
            let lines = inv["lines"]["data"].as_array().unwrap();
            let sum: i64 = lines.iter().map(|l| l["amount"].as_i64().unwrap()).sum();
            for key in ["subtotal", "total", "amount_due"] {
                assert_eq!(inv[key], sum, "{event} {key}");
            }
            assert_eq!(
                int_at(&inv, "/amount_paid") + int_at(&inv, "/amount_remaining"),
                sum,
                "{event}"
            );
            let subscription = str_at(&inv, "/parent/subscription_details/subscription");
            assert!(subscription.starts_with("sub_"));
            for line in lines {
                assert_eq!(line["invoice"], inv["id"], "{event}");
                assert_eq!(
                    line["parent"]["subscription_item_details"]["subscription"], subscription,
                    "{event}"
                );
                assert!(
                    int_at(line, "/period/start") < int_at(line, "/period/end"),
                    "{event}"
                );
            }
            assert!(str_at(&inv, "/lines/url").contains(str_at(&inv, "/id")));
            assert!(
                int_at(&inv, "/period_start") < int_at(&inv, "/period_end"),
                "{event}"
            );
            let paid = inv["status"] == "paid";
            assert_eq!(
                paid,
                ["invoice.paid", "invoice.payment_succeeded"].contains(&event),
                "{event}"
            );
            assert_eq!(
                paid,
                inv["status_transitions"]["paid_at"].is_i64(),
                "{event}"
            );
            if paid {
                assert_eq!(inv["amount_remaining"], 0);
            }
        }
    }
}

#[test]
fn a_subscription_its_items_and_prices_agree() {
    let now = NOW.unix_timestamp();
    for event in [
        "customer.subscription.created",
        "customer.subscription.updated",
        "customer.subscription.deleted",
        "customer.subscription.trial_will_end",
        "customer.subscription.paused",
        "customer.subscription.resumed",
    ] {
        for seed in SEEDS {
            let sub = object(event, seed);
            has_prefix(&sub, "/id", "sub_");
            has_prefix(&sub, "/customer", "cus_");
            let id = str_at(&sub, "/id");
            assert!(str_at(&sub, "/items/url").ends_with(id));
            for item in sub["items"]["data"].as_array().unwrap() {
                assert_eq!(item["subscription"], id, "{event}");
                assert_eq!(item["plan"]["id"], item["price"]["id"], "{event}");
                assert_eq!(
                    item["plan"]["amount"], item["price"]["unit_amount"],
                    "{event}"
                );
                assert_eq!(
                    item["price"]["unit_amount_decimal"],
                    item["price"]["unit_amount"].to_string(),
                    "{event}"
                );
                assert!(
                    int_at(item, "/current_period_start") < int_at(item, "/current_period_end"),
                    "{event}"
                );
                assert!(int_at(item, "/current_period_start") <= now, "{event}");
            }
            assert!(int_at(&sub, "/start_date") <= now);
        }
    }
    let trial = object("customer.subscription.trial_will_end", 3);
    assert_eq!(trial["status"], "trialing");
    let ends = int_at(&trial, "/trial_end") - NOW.unix_timestamp();
    assert_eq!(
        ends,
        3 * 86_400,
        "Stripe sends it three days before the trial ends"
    );
    let updated = sample("customer.subscription.updated", 3);
    assert_eq!(updated["data"]["object"]["cancel_at_period_end"], true);
    assert_eq!(
        updated["data"]["previous_attributes"]["cancel_at_period_end"],
        false
    );
    assert_eq!(
        object("customer.subscription.deleted", 3)["status"],
        "canceled"
    );
    assert_eq!(
        object("customer.subscription.paused", 3)["status"],
        "paused"
    );
}

#[test]
fn every_seed_renders_other_ids_and_people() {
    for event in &stripe().events {
        let (a, b) = (object(&event.id, 1), object(&event.id, 2));
        assert_ne!(a["id"], b["id"], "{}", event.id);
    }
    let (a, b) = (object("customer.created", 1), object("customer.created", 2));
    assert_ne!(a["email"], b["email"]);
    let customer = object("customer.created", 5);
    let name = str_at(&customer, "/name").to_lowercase();
    let first = name.split(' ').next().unwrap();
    assert!(str_at(&customer, "/email").starts_with(first), "{customer}");
}

#[test]
fn every_sample_carries_every_field_stripe_always_sends() {
    // The same import without the overlay's relaxations: the definitions' required lists.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/sources/stripe");
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap()
    };
    let mut overlay = read("overlay.json");
    overlay["relax"] = Value::Array(Vec::new());
    let doc = read("openapi.json");
    let strict = import_openapi(&ImportSources {
        document: Input {
            name: "openapi.json",
            value: &doc,
        },
        overlay: Input {
            name: "overlay.json",
            value: &overlay,
        },
        examples: None,
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let text = serde_json::to_string(&strict.profile).unwrap();
    let strict = Catalog::from_sources(&[("stripe-as-defined.json", &text)])
        .unwrap_or_else(|e| panic!("{e}"));
    let strict = strict.provider("stripe").unwrap();
    for event in &stripe().events {
        for seed in [0, 7] {
            let body = sample(&event.id, seed);
            let missing = validate_payload(strict.event(&event.id).unwrap(), &body);
            assert!(missing.is_empty(), "{} seed {seed}: {missing:?}", event.id);
        }
    }
}
