//! `hookbench replay ID... --to URL [--resign --profile P --secret S]`: the running instance
//! sends captures again, one at a time in arrival order; one line per attempt, then a summary
//! (or, with `--json`, the replay's final state). Instead of ids, `--inbox`/`--since`/`--until`
//! choose a time range. Exits 1 when any replay did not succeed.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::input::read_text;
use super::output::outln;
use super::providers::print_json;
use super::relay_lines::{attempt_line, header_arg};
use super::since::parse_time;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::{DeliveryDetail, DeliveryStatus};
use hookbench::model::{EngineEvent, Header};
use hookbench::model::{ReplayProgress, ReplayRequest, Resign, DEFAULT_REPLAY_RATE};
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// Capture ids (see `hookbench captures list`); or choose a time range with --inbox,
    /// --since and --until instead
    #[arg(value_name = "ID", conflicts_with_all = ["inbox", "since", "until"])]
    ids: Vec<String>,
    /// Where to send them: each capture's path after its inbox segment, and its query, are
    /// appended to URL (unless --exact-url)
    #[arg(long, value_name = "URL")]
    to: String,
    /// Send to URL exactly, instead of appending each capture's path suffix and query
    #[arg(long)]
    exact_url: bool,
    /// Every capture of this inbox (its URL segment), within --since and --until if given
    #[arg(long, value_name = "NAME")]
    inbox: Option<String>,
    /// The captures received at or after T: a duration ago (10m) or an RFC 3339 time
    #[arg(long, value_name = "T", value_parser = parse_time)]
    since: Option<i64>,
    /// The captures received at or before T: a duration ago (10m) or an RFC 3339 time
    #[arg(long, value_name = "T", value_parser = parse_time)]
    until: Option<i64>,
    /// Send this body instead of the captured one (one capture only): a file, or `-` for
    /// standard input
    #[arg(long, value_name = "FILE|-")]
    body: Option<PathBuf>,
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
    /// Leave this captured header out of every replayed request (repeatable)
    #[arg(long = "remove-header", value_name = "NAME")]
    remove_headers: Vec<String>,
    /// At most this many requests per second
    #[arg(long, default_value_t = DEFAULT_REPLAY_RATE)]
    rate: u32,
    /// Print only the replay's final state, as JSON (what `hookbench replays show --json` prints)
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: ReplayArgs) -> Result<ExitCode> {
    if args.ids.is_empty() && args.inbox.is_none() && args.since.is_none() && args.until.is_none() {
        return Err(Error::BadRequest(
            "choose what to replay: capture ids (see `hookbench captures list`), or a time \
             range with --inbox NAME, --since T and/or --until T"
                .into(),
        ));
    }
    let client = Client::for_data_dir(&config.data_dir)?;
    let resign = match (args.resign, args.profile, args.secret) {
        (true, Some(provider), Some(secret)) => Some(Resign {
            provider,
            secret,
            scheme: None,
        }),
        _ => None,
    };
    let body = args
        .body
        .as_deref()
        .map(|path| read_text(path, "the body", "a replayed body is sent as text"))
        .transpose()?;
    let json = args.json;
    let request = ReplayRequest {
        captures: args.ids,
        inbox: args.inbox,
        from: args.since,
        to: args.until,
        url: args.to,
        keep_path: !args.exact_url,
        headers: args.headers,
        remove_headers: args.remove_headers,
        body,
        resign,
        per_second: args.rate,
        ..ReplayRequest::default()
    };
    let mut events = client.events().await?;
    let started: ReplayProgress = client.post("/api/replays", &request).await?;
    if !json {
        outln!(
            "replay {}: {} requests to {}",
            started.id,
            started.total,
            started.url
        );
    }
    let progress = tokio::select! {
        progress = follow(&client, &mut events, started.clone(), json) => progress?,
        _ = tokio::signal::ctrl_c() => {
            let progress: ReplayProgress = client
                .post(&format!("/api/replays/{}/cancel", started.id), &serde_json::json!({}))
                .await?;
            if !json {
                outln!("cancelled what was still waiting");
            }
            progress
        }
    };
    if json {
        print_json(&progress)?;
    } else {
        outln!(
            "{} succeeded, {} failed, {} cancelled",
            progress.succeeded,
            progress.failed,
            progress.cancelled
        );
    }
    Ok(if progress.succeeded == progress.total {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Prints one line per attempt (unless `quiet`) until every delivery of the replay has ended.
async fn follow(
    client: &Client,
    events: &mut hookbench::client::Events,
    started: ReplayProgress,
    quiet: bool,
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
                if let Some(attempt) = detail.attempts.last().filter(|_| !quiet) {
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
