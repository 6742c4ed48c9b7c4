//! `hookbench replay ID... --to URL [--resign --profile P --secret S]`: the running instance
//! sends captures again, one at a time in arrival order; one line per attempt, then a summary.
//! Exits 1 when any replay did not succeed.

use std::process::ExitCode;

use clap::Args;

use super::output::outln;
use super::relay_lines::{attempt_line, header_arg};
use hookbench::client::Client;
use hookbench::config::Config;
use hookbench::model::{EngineEvent, Header};
use hookbench::relay::model::{ReplayProgress, ReplayRequest, Resign, DEFAULT_REPLAY_RATE};
use hookbench::sender::model::{DeliveryDetail, DeliveryStatus};
use hookbench::Result;

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// Capture ids (see `hookbench captures list`)
    #[arg(required = true, value_name = "ID")]
    ids: Vec<String>,
    #[arg(long, value_name = "URL")]
    to: String,
    /// Send to URL exactly, instead of appending each capture's path suffix and query
    #[arg(long)]
    exact_url: bool,
    /// Sign each request afresh with --profile's scheme and --secret (a stale timestamp
    /// becomes fresh)
    #[arg(long, requires_all = ["profile", "secret"])]
    resign: bool,
    /// Provider profile whose signing scheme re-signs (stripe, github, standard-webhooks...)
    #[arg(long, value_name = "P")]
    profile: Option<String>,
    /// The secret the consumer verifies with
    #[arg(
        long,
        value_name = "S",
        env = "HOOKBENCH_SECRET",
        hide_env_values = true
    )]
    secret: Option<String>,
    /// Set this header on every replayed request (repeatable)
    #[arg(long = "header", short = 'H', value_name = "NAME: VALUE", value_parser = header_arg)]
    headers: Vec<Header>,
    /// At most this many requests per second
    #[arg(long, default_value_t = DEFAULT_REPLAY_RATE)]
    rate: u32,
}

pub async fn run(config: Config, args: ReplayArgs) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    let resign = match (args.resign, args.profile, args.secret) {
        (true, Some(provider), Some(secret)) => Some(Resign {
            provider,
            secret,
            scheme: None,
        }),
        _ => None,
    };
    let request = ReplayRequest {
        captures: args.ids,
        url: args.to,
        keep_path: !args.exact_url,
        headers: args.headers,
        resign,
        per_second: args.rate,
        ..ReplayRequest::default()
    };
    let mut events = client.events().await?;
    let started: ReplayProgress = client.post("/api/replays", &request).await?;
    outln!(
        "replay {}: {} requests to {}",
        started.id,
        started.total,
        started.url
    );
    let progress = tokio::select! {
        progress = follow(&client, &mut events, started.clone()) => progress?,
        _ = tokio::signal::ctrl_c() => {
            let progress: ReplayProgress = client
                .post(&format!("/api/replays/{}/cancel", started.id), &serde_json::json!({}))
                .await?;
            outln!("cancelled what was still waiting");
            progress
        }
    };
    outln!(
        "{} succeeded, {} failed, {} cancelled",
        progress.succeeded,
        progress.failed,
        progress.cancelled
    );
    Ok(if progress.succeeded == progress.total {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Prints one line per attempt until every delivery of the replay has ended.
async fn follow(
    client: &Client,
    events: &mut hookbench::client::Events,
    started: ReplayProgress,
) -> Result<ReplayProgress> {
    let mut ended = 0u32;
    let mut progress = started.clone();
    while !progress.finished() || ended < progress.succeeded + progress.failed {
        match events.next().await? {
            Some(EngineEvent::DeliveryUpdated { delivery })
                if delivery.webhook_id == started.deliveries_filter && delivery.attempts > 0 =>
            {
                let detail: DeliveryDetail = client
                    .get(&format!("/api/deliveries/{}", delivery.id))
                    .await?;
                if let Some(attempt) = detail.attempts.last() {
                    outln!("{}", attempt_line(&detail.delivery, attempt, None));
                }
                if matches!(
                    detail.delivery.status,
                    DeliveryStatus::Succeeded | DeliveryStatus::Failed
                ) {
                    ended += 1;
                }
            }
            Some(EngineEvent::ReplayProgress { replay }) if replay.id == started.id => {
                progress = replay;
            }
            Some(_) => {}
            // Fell behind: the counts from the API are the truth.
            None => {
                progress = client.get(&format!("/api/replays/{}", started.id)).await?;
                ended = ended.max(progress.succeeded + progress.failed);
            }
        }
    }
    Ok(progress)
}
