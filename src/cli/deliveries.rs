//! `hookbench deliveries list|show|retry|cancel`: the running instance's delivery log.

use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::output::outln;
use super::providers::print_json;
use hookbench::client::Client;
use hookbench::config::Config;
use hookbench::model::{Body, BodyEncoding, Header};
use hookbench::sender::model::{Attempt, Delivery, DeliveryDetail, DeliveryList};
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
    Retry { id: String },
    /// Cancel a delivery that is waiting for an attempt
    Cancel { id: String },
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
            let mut query = format!("/api/deliveries?limit={limit}");
            let filters = [
                ("webhook", webhook),
                ("status", status),
                ("event", event),
                ("source", source),
                ("capture", capture),
            ];
            for (key, value) in filters {
                if let Some(value) = value {
                    let value: String =
                        url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
                    query.push_str(&format!("&{key}={value}"));
                }
            }
            let list: DeliveryList = client.get(&query).await?;
            if json {
                print_json(&list)?;
            } else {
                list.deliveries.iter().for_each(print_row);
            }
        }
        DeliveriesCommand::Show { id, json } => {
            let detail: DeliveryDetail = client.get(&format!("/api/deliveries/{id}")).await?;
            if json {
                print_json(&detail)?;
            } else {
                print_detail(&detail);
            }
        }
        DeliveriesCommand::Retry { id } => {
            let delivery: Delivery = client
                .post(&format!("/api/deliveries/{id}/retry"), &json!({}))
                .await?;
            print_row(&delivery);
        }
        DeliveriesCommand::Cancel { id } => {
            let delivery: Delivery = client
                .post(&format!("/api/deliveries/{id}/cancel"), &json!({}))
                .await?;
            print_row(&delivery);
        }
    }
    Ok(ExitCode::SUCCESS)
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
