//! `hookbench trigger`: one event of a provider, delivered by the running instance to every
//! webhook that subscribes to it.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::input;
use super::output::outln;
use super::providers::print_json;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::{TriggerRequest, TriggerResult};
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct TriggerArgs {
    #[arg(long)]
    provider: String,
    #[arg(long)]
    event: String,
    /// The payload (JSON) from this file, or `-` for standard input; default: a fresh sample
    #[arg(long, value_name = "FILE|-")]
    body: Option<PathBuf>,
    /// The sample to render (see `hookbench providers --json`)
    #[arg(long)]
    variant: Option<String>,
    /// Only this webhook, whatever it subscribes to
    #[arg(long, value_name = "ID")]
    webhook: Option<String>,
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: TriggerArgs) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    let body = match args.body.as_deref() {
        Some(path) => Some(String::from_utf8(input::read_payload(path)?).map_err(|_| {
            Error::BadRequest(format!(
                "the payload in {} is not UTF-8 text; a triggered event's payload is JSON",
                input::describe(path)
            ))
        })?),
        None => None,
    };
    let request = TriggerRequest {
        provider: args.provider,
        event: args.event,
        body,
        variant: args.variant,
        webhook: args.webhook,
    };
    let result: TriggerResult = client.post("/api/events", &request).await?;
    print_trigger(&result, args.json)?;
    Ok(ExitCode::SUCCESS)
}

pub fn print_trigger(result: &TriggerResult, json: bool) -> Result<()> {
    if json {
        return print_json(result);
    }
    for d in &result.deliveries {
        outln!("queued   {}  {} → {}", d.id, d.event, d.webhook_name);
    }
    for s in &result.skipped {
        outln!("skipped  {}: {}", s.webhook_name, s.reason);
    }
    if result.deliveries.is_empty() && result.skipped.is_empty() {
        outln!(
            "no webhook sends this provider's events: create one with `hookbench webhooks create`"
        );
    }
    Ok(())
}
