//! `hookbench captures list|show|wait|check|send|delete|export`, against the running instance.

use std::process::ExitCode;

use clap::Subcommand;

use super::api_query::{encode, with_query};
use super::capture_check::CheckArgs;
use super::export::ExportArgs;
use super::output::outln;
use super::providers::print_json;
use super::trigger::print_trigger;
use super::wait::{WaitArgs, WAIT_ABOUT};
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::TriggerResult;
use hookbench::model::{BodyEncoding, Capture, CaptureList};
use hookbench::{Error, Result};

#[derive(Debug, Subcommand)]
pub enum CapturesCommand {
    /// The newest captures, newest first
    List {
        /// Only this inbox (its URL segment)
        #[arg(long, value_name = "NAME")]
        inbox: Option<String>,
        /// Only this method
        #[arg(long)]
        method: Option<String>,
        /// Only captures recognised as this provider's (`stripe`, `github`...)
        #[arg(long, value_name = "P")]
        provider: Option<String>,
        /// Only this event (`pull_request` also matches `pull_request.closed`)
        #[arg(long, value_name = "E")]
        event: Option<String>,
        /// Only captures containing every word (path, headers, body)
        #[arg(long, value_name = "WORDS")]
        search: Option<String>,
        /// How many to show
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// One capture with its headers and body
    Show {
        id: String,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Wait for a capture that matches, print it and exit 0 (6 when none arrives in time)
    #[command(long_about = WAIT_ABOUT)]
    Wait(WaitArgs),
    /// Check a capture as a provider's consumer would: signature, event, schema (exit 1 when
    /// the signature is not valid or the body does not fit)
    Check(CheckArgs),
    /// Send a capture again as a provider event to every webhook subscribed to it; prints
    /// the deliveries queued and the webhooks passed over
    Send {
        id: String,
        /// The provider profile to send it as; default: recognised from the capture
        #[arg(long, value_name = "P")]
        provider: Option<String>,
        /// The provider's event; default: recognised from the capture
        #[arg(long, value_name = "E")]
        event: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Delete captures
    Delete {
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Export captures as HAR 1.2 or Hookbench JSON, oldest first (also `hookbench export`)
    Export(ExportArgs),
}

pub async fn run(config: Config, command: CapturesCommand) -> Result<ExitCode> {
    match command {
        CapturesCommand::Wait(args) => return super::wait::run(config, args).await,
        CapturesCommand::Export(args) => return super::export::run(config, args).await,
        CapturesCommand::Check(args) => return super::capture_check::run(config, args).await,
        _ => {}
    }
    let client = Client::for_data_dir(&config.data_dir)?;
    match command {
        CapturesCommand::List {
            inbox,
            method,
            provider,
            event,
            search,
            limit,
            json,
        } => {
            let limit = limit.to_string();
            let query = with_query(
                "/api/captures",
                &[
                    ("limit", Some(&limit)),
                    ("inbox", inbox.as_deref()),
                    ("method", method.as_deref()),
                    ("provider", provider.as_deref()),
                    ("event", event.as_deref()),
                    ("q", search.as_deref()),
                ],
            );
            let list: CaptureList = client.get(&query).await?;
            if json {
                print_json(&list)?;
            } else {
                for c in &list.captures {
                    let target = match &c.query {
                        Some(query) => format!("{}?{}", c.path, query),
                        None => c.path.clone(),
                    };
                    outln!(
                        "{}  {}  {:<7} {}  {} B  {}{}",
                        c.id,
                        c.received_at,
                        c.method,
                        target,
                        c.body_size,
                        c.response_status,
                        named(c)
                    );
                }
            }
        }
        CapturesCommand::Show { id, json } => {
            let capture: Capture = client
                .get(&format!("/api/captures/{}", encode(&id)))
                .await?;
            if json {
                print_json(&capture)?;
            } else {
                print_capture(&capture);
            }
        }
        CapturesCommand::Send {
            id,
            provider,
            event,
            json,
        } => {
            let result: TriggerResult = client
                .post(
                    &format!("/api/captures/{}/send", encode(&id)),
                    &serde_json::json!({ "provider": provider, "event": event }),
                )
                .await
                .map_err(|e| match e {
                    Error::BadRequest(message) => Error::BadRequest(format!(
                        "{message} (with --provider P and --event E; see `hookbench providers`)"
                    )),
                    other => other,
                })?;
            print_trigger(&result, json)?;
        }
        CapturesCommand::Delete { ids } => {
            for id in ids {
                client
                    .delete(&format!("/api/captures/{}", encode(&id)))
                    .await?;
                outln!("deleted {id}");
            }
        }
        CapturesCommand::Wait(_) | CapturesCommand::Export(_) | CapturesCommand::Check(_) => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// `  github · pull_request.closed · valid`: what the capture was recognised as.
fn named(c: &hookbench::model::CaptureSummary) -> String {
    let parts: Vec<&str> = [&c.provider, &c.event, &c.signature]
        .into_iter()
        .filter_map(|part| part.as_deref())
        .collect();
    match parts.is_empty() {
        true => String::new(),
        false => format!("  {}", parts.join(" · ")),
    }
}

pub fn print_capture(capture: &Capture) {
    let s = &capture.summary;
    let target = match &s.query {
        Some(query) => format!("{}?{}", s.path, query),
        None => s.path.clone(),
    };
    outln!("{} {} {}", s.method, target, capture.http_version);
    for header in &capture.headers {
        outln!("{}: {}", header.name, header.value);
    }
    outln!();
    match capture.body.encoding {
        BodyEncoding::Utf8 => outln!("{}", capture.body.data),
        BodyEncoding::Base64 => outln!(
            "({} bytes of binary data; use --json for the base64)",
            s.body_size
        ),
    }
}
