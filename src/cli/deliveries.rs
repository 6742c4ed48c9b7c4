//! `hookbench deliveries list|show|retry|cancel`: the running instance's delivery log.

use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::api_query::{encode, with_query};
use super::output::outln;
use super::providers::print_json;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::{Attempt, Delivery, DeliveryDetail, DeliveryList};
use hookbench::model::{Body, BodyEncoding, Header};
use hookbench::Result;

#[derive(Debug, Subcommand)]
pub enum DeliveriesCommand {
    /// The newest deliveries, newest first
    List {
        #[arg(long, value_name = "ID")]
        webhook: Option<String>,
        /// pending, retrying, succeeded, failed or cancelled
        #[arg(long, value_parser = ["pending", "retrying", "succeeded", "failed", "cancelled"])]
        status: Option<String>,
        /// Event id or glob (`contact.*`; a forward's or replay's event is `METHOD /path`)
        #[arg(long)]
        event: Option<String>,
        /// Why the deliveries were made
        #[arg(long, value_parser = ["trigger", "test", "capture", "forward", "replay"])]
        source: Option<String>,
        /// Only the forwards and replays of this capture
        #[arg(long, value_name = "ID")]
        capture: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// One delivery with every attempt's request and response
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Attempt a delivery once more, now
    Retry {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Cancel a delivery that is waiting for an attempt
    Cancel {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

pub async fn run(config: Config, command: DeliveriesCommand) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    match command {
        DeliveriesCommand::List {
            webhook,
            status,
            event,
            source,
            capture,
            limit,
            json,
        } => {
            let limit = limit.to_string();
            let query = with_query(
                "/api/deliveries",
                &[
                    ("limit", Some(&limit)),
                    ("webhook", webhook.as_deref()),
                    ("status", status.as_deref()),
                    ("event", event.as_deref()),
                    ("source", source.as_deref()),
                    ("capture", capture.as_deref()),
                ],
            );
            let list: DeliveryList = client.get(&query).await?;
            if json {
                print_json(&list)?;
            } else {
                list.deliveries.iter().for_each(print_row);
            }
        }
        DeliveriesCommand::Show { id, json } => {
            let detail: DeliveryDetail = client.get(&path(&id)).await?;
            if json {
                print_json(&detail)?;
            } else {
                print_detail(&detail);
            }
        }
        DeliveriesCommand::Retry { id, json } => {
            let delivery: Delivery = client
                .post(&format!("{}/retry", path(&id)), &json!({}))
                .await?;
            print_delivery(&delivery, json)?;
        }
        DeliveriesCommand::Cancel { id, json } => {
            let delivery: Delivery = client
                .post(&format!("{}/cancel", path(&id)), &json!({}))
                .await?;
            print_delivery(&delivery, json)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn path(id: &str) -> String {
    format!("/api/deliveries/{}", encode(id))
}

fn print_delivery(delivery: &Delivery, json: bool) -> Result<()> {
    if json {
        print_json(delivery)
    } else {
        print_row(delivery);
        Ok(())
    }
}

fn print_row(d: &Delivery) {
    let last = match (d.last_status, &d.last_error) {
        (_, Some(error)) => error.clone(),
        (Some(status), None) => format!("HTTP {status}"),
        (None, None) => String::new(),
    };
    outln!(
        "{}  {:<10} {:<28} {:<20} attempts {}  {}",
        d.id,
        serde_json::to_value(d.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        d.event,
        d.webhook_name,
        d.attempts,
        last
    );
}

fn print_detail(detail: &DeliveryDetail) {
    let d = &detail.delivery;
    print_row(d);
    outln!("message id {}", d.message_id);
    for attempt in &detail.attempts {
        print_attempt(attempt);
    }
}

fn print_attempt(a: &Attempt) {
    outln!();
    outln!("── attempt {} ── {:.1} ms", a.number, a.timings.total_ms);
    outln!("> {} {}", a.request.method, a.request.url);
    print_headers(">", &a.request.headers);
    print_body(&a.request.body);
    match (&a.response, &a.error) {
        (Some(r), _) => {
            outln!(
                "< {} {} {}",
                r.version,
                r.status,
                r.reason.as_deref().unwrap_or("")
            );
            print_headers("<", &r.headers);
            print_body(&r.body);
            if r.truncated {
                outln!("(truncated: the response had {} bytes)", r.body_size);
            }
        }
        (None, Some(e)) => outln!("! {:?}: {}", e.kind, e.message),
        (None, None) => {}
    }
}

fn print_headers(prefix: &str, headers: &[Header]) {
    for h in headers {
        outln!("{prefix} {}: {}", h.name, h.value);
    }
}

fn print_body(body: &Body) {
    match body.encoding {
        BodyEncoding::Utf8 if body.data.is_empty() => {}
        BodyEncoding::Utf8 => outln!("{}", body.data),
        BodyEncoding::Base64 => outln!("(binary data; use --json for the base64)"),
    }
}
