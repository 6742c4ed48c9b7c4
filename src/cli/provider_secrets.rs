//! `hookbench provider-secrets list|add|remove`: signing secrets saved for a provider
//! (`/api/provider-secrets`). Captures recognised as that provider's are checked with them, so
//! `captures list` and the UI show their signature state without any inbox setup.

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
use hookbench::client::Client;
use hookbench::model::ProviderSecret;
use hookbench::Result;

#[derive(Debug, Subcommand)]
pub enum ProviderSecretsCommand {
    /// Every saved secret, oldest first, by its last characters (values are never shown)
    List {
        #[arg(long)]
        json: bool,
    },
    /// Save a provider's signing secret (or public key); stored captures of that provider
    /// are checked again with it
    Add {
        /// The provider's id (`hookbench providers`)
        provider: String,
        /// The secret; `-` reads it from standard input (keeps it out of shell history)
        secret: String,
        #[arg(long)]
        json: bool,
    },
    /// Forget a saved secret
    Remove { id: String },
}

pub async fn run(config: Config, command: ProviderSecretsCommand) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    match command {
        ProviderSecretsCommand::List { json } => {
            let secrets: Vec<ProviderSecret> = client.get("/api/provider-secrets").await?;
            if json {
                print_json(&secrets)?;
            } else if secrets.is_empty() {
                eprintln!(
                    "no secrets saved: `hookbench provider-secrets add PROVIDER SECRET` makes \
                     captures of that provider show their signature state"
                );
            }
            for secret in secrets.iter().filter(|_| !json) {
                outln!(
                    "{}  {:<18} {:<10} {}",
                    secret.id,
                    secret.provider,
                    secret.hint,
                    iso_millis(secret.created_at)
                );
            }
        }
        ProviderSecretsCommand::Add {
            provider,
            secret,
            json,
        } => {
            let secret = match secret.as_str() {
                "-" => read_text(
                    &PathBuf::from("-"),
                    "the secret",
                    "a signing secret is text",
                )?,
                _ => secret,
            };
            let saved: ProviderSecret = client
                .post(
                    "/api/provider-secrets",
                    &json!({ "provider": provider, "secret": secret.trim() }),
                )
                .await?;
            if json {
                print_json(&saved)?;
            } else {
                outln!("saved {} for {} ({})", saved.hint, saved.provider, saved.id);
            }
        }
        ProviderSecretsCommand::Remove { id } => {
            client
                .delete(&format!("/api/provider-secrets/{}", encode(&id)))
                .await
                .map_err(when_not_found(|_| {
                    format!(
                        "no saved secret has the id {id}: see `hookbench provider-secrets list`"
                    )
                }))?;
            outln!("removed {id}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
