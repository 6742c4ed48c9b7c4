//! `hookbench replays show|cancel ID`: a replay started by `hookbench replay` or the UI, by its
//! id (`/api/replays/{id}`).

use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::api_query::encode;
use super::output::{outln, when_not_found};
use super::providers::print_json;
use hookbench::base::clock::iso_millis;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::ReplayProgress;
use hookbench::Result;

#[derive(Debug, Subcommand)]
pub enum ReplaysCommand {
    /// A replay's progress: its deliveries counted by where they stand
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Cancel what a replay still has waiting (requests on the wire finish); prints its progress
    Cancel {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

pub async fn run(config: Config, command: ReplaysCommand) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    let (progress, json) = match command {
        ReplaysCommand::Show { id, json } => (client.get(&path(&id)).await, json),
        ReplaysCommand::Cancel { id, json } => (
            client
                .post(&format!("{}/cancel", path(&id)), &json!({}))
                .await,
            json,
        ),
    };
    let progress: ReplayProgress = progress.map_err(when_not_found(|message| {
        format!("{message}: a replay's id is printed when it starts (`hookbench replay`)")
    }))?;
    if json {
        print_json(&progress)?;
    } else {
        print_progress(&progress);
    }
    Ok(ExitCode::SUCCESS)
}

fn path(id: &str) -> String {
    format!("/api/replays/{}", encode(id))
}

fn print_progress(p: &ReplayProgress) {
    let state = if p.finished() { "finished" } else { "running" };
    outln!("replay      {} ({state})", p.id);
    outln!("to          {}", p.url);
    outln!("started     {}", iso_millis(p.created_at));
    outln!(
        "requests    {}: {} waiting, {} succeeded, {} failed, {} cancelled",
        p.total,
        p.waiting,
        p.succeeded,
        p.failed,
        p.cancelled
    );
    outln!(
        "attempts    hookbench deliveries list --webhook {}",
        p.deliveries_filter
    );
}
