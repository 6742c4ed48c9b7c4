//! `hookbench samples list|save|delete`: the sample payloads saved under a name for a
//! provider's event (`/api/providers/{id}/samples`, `/api/samples/{id}`), as the Send screen
//! saves them.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::api_query::encode;
use super::input::read_text;
use super::output::{outln, when_not_found};
use super::providers::print_json;
use hookbench::base::clock::iso_millis;
use hookbench::base::config::Config;
use hookbench::catalog::ProviderSummary;
use hookbench::client::Client;
use hookbench::model::SavedSample;
use hookbench::Result;

#[derive(Debug, Subcommand)]
pub enum SamplesCommand {
    /// The saved samples, of one provider or of all
    List {
        /// Only this provider's (see `hookbench providers`)
        #[arg(long, value_name = "P")]
        provider: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Save a JSON payload under a name for a provider's event (one with the same event and
    /// name is replaced); prints its id
    Save {
        #[arg(long, value_name = "P")]
        provider: String,
        #[arg(long, value_name = "E")]
        event: String,
        #[arg(long, value_name = "N")]
        name: String,
        /// The payload, kept exactly as written: a JSON file, or `-` for standard input (`--body`
        /// as `trigger` has it: `--data` is the data directory)
        #[arg(long, value_name = "FILE|-")]
        body: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Delete saved samples
    Delete {
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
}

pub async fn run(config: Config, command: SamplesCommand) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    match command {
        SamplesCommand::List { provider, json } => {
            let providers = match provider {
                Some(provider) => vec![provider],
                None => {
                    let all: Vec<ProviderSummary> = client.get("/api/providers").await?;
                    all.into_iter().map(|p| p.id).collect()
                }
            };
            let mut samples = Vec::new();
            for provider in providers {
                let saved: Vec<SavedSample> = client
                    .get(&format!("/api/providers/{}/samples", encode(&provider)))
                    .await?;
                samples.extend(saved);
            }
            if json {
                print_json(&samples)?;
            } else if samples.is_empty() {
                eprintln!("no saved samples: save one with `hookbench samples save`");
            }
            for s in samples.iter().filter(|_| !json) {
                outln!(
                    "{}  {:<18} {:<32} {}  {}",
                    s.id,
                    s.provider,
                    s.event,
                    iso_millis(s.created_at),
                    s.name
                );
            }
        }
        SamplesCommand::Save {
            provider,
            event,
            name,
            body,
            json,
        } => {
            let body = read_text(&body, "the sample", "a saved sample is JSON")?;
            let saved: SavedSample = client
                .post(
                    &format!("/api/providers/{}/samples", encode(&provider)),
                    &json!({ "event": event, "name": name, "body": body }),
                )
                .await?;
            if json {
                print_json(&saved)?;
            } else {
                outln!("{}", saved.id);
            }
        }
        SamplesCommand::Delete { ids } => {
            for id in ids {
                client
                    .delete(&format!("/api/samples/{}", encode(&id)))
                    .await
                    .map_err(when_not_found(|_| {
                        format!("no saved sample has the id {id}: see `hookbench samples list`")
                    }))?;
                outln!("deleted {id}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
