//! `hookbench forward --inbox NAME --to URL`: the running instance forwards every capture of an
//! inbox to a local URL until stopped (Ctrl-C), printing one line per request with the status
//! the sender got and the target's. Stopping puts the inbox's forward setting back as it was.

use std::collections::HashMap;
use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::output::outln;
use super::relay_lines::{attempt_line, header_arg, status_text};
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::Inbox;
use hookbench::model::{DeliveryDetail, DeliverySource, RetryPolicy};
use hookbench::model::{EngineEvent, Header};
use hookbench::model::{ForwardConfig, RespondWith};
use hookbench::services::relay::forward_key;
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct ForwardArgs {
    /// The inbox (its URL segment); created when it does not exist
    #[arg(long, value_name = "NAME")]
    inbox: String,
    /// Where to forward: each request's path after the inbox segment and its query are appended
    #[arg(long, value_name = "URL")]
    to: String,
    /// Who answers the original sender: the inbox's own response, or the target's (502 when
    /// the target fails)
    #[arg(long, value_name = "own|target", default_value = "own", value_parser = ["own", "target"])]
    respond_with: String,
    /// Set this header on every forwarded request (repeatable)
    #[arg(long = "header", short = 'H', value_name = "NAME: VALUE", value_parser = header_arg)]
    headers: Vec<Header>,
    /// Give up on one attempt after this many seconds
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    timeout: f64,
    /// Do not retry failed forwards (by default: after 1, 2, 5, 10 and 30 s)
    #[arg(long)]
    no_retry: bool,
}

pub async fn run(config: Config, args: ForwardArgs) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    let slug = args.inbox.trim().to_owned();
    let inbox = match client.get::<Inbox>(&format!("/api/inboxes/{slug}")).await {
        Ok(inbox) => inbox,
        Err(Error::NotFound(_)) => {
            let inbox: Inbox = client
                .post("/api/inboxes", &json!({"slug": slug, "name": slug}))
                .await?;
            outln!("created inbox {}", inbox.slug);
            inbox
        }
        Err(e) => return Err(e),
    };
    let previous = inbox.config.clone();
    let mut forwarding = inbox.config.clone();
    forwarding.forward = Some(ForwardConfig {
        url: args.to.clone(),
        respond_with: if args.respond_with == "target" {
            RespondWith::Target
        } else {
            RespondWith::Own
        },
        headers: args.headers,
        timeout_ms: (args.timeout * 1000.0).clamp(1.0, f64::from(u32::MAX)) as u32,
        retry: if args.no_retry {
            RetryPolicy::None
        } else {
            RetryPolicy::Fast
        },
        ..ForwardConfig::default()
    });
    // Subscribed first, so the first request after the setting is saved is seen.
    let mut events = client.events().await?;
    let path = format!("/api/inboxes/{}", inbox.slug);
    let saved: Inbox = client.patch(&path, &json!({"config": forwarding})).await?;
    outln!(
        "forwarding {} → {} (the sender gets the {} response; Ctrl-C to stop)",
        saved.url,
        args.to,
        args.respond_with
    );
    let key = forward_key(&inbox.slug);
    let result = tokio::select! {
        result = follow(&client, &mut events, &key) => result,
        _ = tokio::signal::ctrl_c() => Ok(()),
    };
    let restored: Result<Inbox> = client.patch(&path, &json!({"config": previous})).await;
    match (&result, restored) {
        (_, Ok(_)) => outln!("stopped forwarding {}", saved.url),
        (Ok(()), Err(e)) => return Err(e),
        (Err(_), Err(e)) => {
            eprintln!("error: the inbox's forward setting could not be put back: {e}")
        }
    }
    result.map(|()| ExitCode::SUCCESS)
}

/// Prints one line per forward attempt of the inbox until the stream ends.
async fn follow(client: &Client, events: &mut hookbench::client::Events, key: &str) -> Result<()> {
    // What each capture's sender got, and the attempts already printed.
    let mut answered: HashMap<String, u16> = HashMap::new();
    let mut printed: HashMap<String, u32> = HashMap::new();
    loop {
        match events.next().await? {
            Some(EngineEvent::CaptureStored { capture }) => {
                answered.insert(capture.id, capture.response_status);
            }
            Some(EngineEvent::DeliveryUpdated { delivery })
                if delivery.source == DeliverySource::Forward
                    && delivery.webhook_id == key
                    && delivery.attempts > printed.get(&delivery.id).copied().unwrap_or(0) =>
            {
                printed.insert(delivery.id.clone(), delivery.attempts);
                let detail: DeliveryDetail = client
                    .get(&format!("/api/deliveries/{}", delivery.id))
                    .await?;
                let sender = delivery
                    .capture_id
                    .as_ref()
                    .and_then(|id| answered.get(id))
                    .map_or_else(|| "?".to_owned(), u16::to_string);
                if let Some(attempt) = detail.attempts.last() {
                    outln!("{}", attempt_line(&delivery, attempt, Some(&sender)));
                } else {
                    outln!("{}  {}", delivery.event, status_text(&delivery));
                }
            }
            Some(_) | None => {}
        }
    }
}
