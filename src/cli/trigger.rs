//! `hookbench trigger`: one event of a provider, delivered by the running instance to every
//! webhook that subscribes to it.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::output::outln;
use super::providers::print_json;
use hookbench::client::Client;
use hookbench::config::Config;
use hookbench::sender::model::{TriggerRequest, TriggerResult};
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct TriggerArgs {
    #[arg(long)]
    provider: String,
    #[arg(long)]
    event: String,
    /// The payload (JSON) from this file, or `-` for standard input; default: a fresh sample
    #[arg(long, value_name = "FILE|-")]
    data: Option<PathBuf>,
    /// The sample to render (see `hookbench providers --events`)
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
    let body = args.data.as_deref().map(read_data).transpose()?;
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

/// A file's text, or standard input's for `-`.
pub fn read_data(path: &std::path::Path) -> Result<String> {
    let mut text = String::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    read.map_err(|e| {
        Error::io(
            format!("could not read the payload from {}", path.display()),
            e,
        )
    })?;
    Ok(text)
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
