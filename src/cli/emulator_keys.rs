//! `hookbench emulator-keys list|add|revoke`: the keys the provider emulator takes
//! (`/api/emulator/keys`). A new key's value is printed once, by `add`, as the UI shows it once.

use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::api_query::encode;
use super::output::{outln, when_not_found};
use super::providers::print_json;
use hookbench::base::clock::iso_millis;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::{CreatedEmulatorKey, EmulatorKey};
use hookbench::Result;

#[derive(Debug, Subcommand)]
pub enum EmulatorKeysCommand {
    /// Every key, oldest first, by its last characters (values are never shown again)
    List {
        #[arg(long)]
        json: bool,
    },
    /// Make a key; prints its value, the only time it is shown
    Add {
        /// A name to tell it apart (default "Emulator key")
        #[arg(long, value_name = "TEXT")]
        label: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Revoke a key: the emulator refuses it from now on
    Revoke { id: String },
}

pub async fn run(config: Config, command: EmulatorKeysCommand) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    match command {
        EmulatorKeysCommand::List { json } => {
            let keys: Vec<EmulatorKey> = client.get("/api/emulator/keys").await?;
            if json {
                print_json(&keys)?;
            } else if keys.is_empty() {
                eprintln!(
                    "no keys yet: the emulator refuses every request until you add one \
                     (`hookbench emulator-keys add`)"
                );
            }
            for key in keys.iter().filter(|_| !json) {
                outln!(
                    "{}  {:<10} {}  {}",
                    key.id,
                    key.hint,
                    iso_millis(key.created_at),
                    key.name
                );
            }
        }
        EmulatorKeysCommand::Add { label, json } => {
            let created: CreatedEmulatorKey = client
                .post(
                    "/api/emulator/keys",
                    &json!({ "name": label.unwrap_or_default() }),
                )
                .await?;
            if json {
                print_json(&created)?;
            } else {
                // The value alone on stdout, for `KEY=$(hookbench emulator-keys add)`.
                outln!("{}", created.secret);
                eprintln!(
                    "key \"{}\" ({}): copy it now, Hookbench keeps it sealed and will not show \
                     it again",
                    created.key.name, created.key.id
                );
            }
        }
        EmulatorKeysCommand::Revoke { id } => {
            client
                .delete(&format!("/api/emulator/keys/{}", encode(&id)))
                .await
                .map_err(when_not_found(|_| {
                    format!("no emulator key has the id {id}: see `hookbench emulator-keys list`")
                }))?;
            outln!("revoked {id}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
