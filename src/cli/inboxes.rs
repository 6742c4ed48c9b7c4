//! `hookbench inboxes list|show|create|update|rename|delete|clear`: the running instance's
//! inboxes, each a capture URL with its own answer, verification and forward.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::api_query::encode;
use super::inbox_settings::InboxSettingsArgs;
use super::output::outln;
use super::providers::print_json;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::{Inbox, InboxChange};
use hookbench::{Error, Result};

#[derive(Debug, Subcommand)]
pub enum InboxesCommand {
    /// Every inbox with its URL
    List {
        #[arg(long)]
        json: bool,
    },
    /// One inbox's URL and settings
    Show {
        /// The inbox's URL segment
        slug: String,
        #[arg(long)]
        json: bool,
    },
    /// Create an inbox: requests to RECEIVER/SLUG/... land in it. Prints its URL
    Create {
        /// Its URL segment: lowercase letters, digits, `-` and `_`
        slug: String,
        /// A display name (default: the slug)
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        settings: InboxSettingsArgs,
        #[arg(long)]
        json: bool,
    },
    /// Change an inbox's answer, verification, forward or notifications
    Update {
        slug: String,
        #[command(flatten)]
        settings: InboxSettingsArgs,
        #[arg(long)]
        json: bool,
    },
    /// Give an inbox another URL segment (its captures move with it) or display name
    Rename(RenameArgs),
    /// Delete an inbox and its captures (`default` cannot be deleted: clear it)
    Delete {
        slug: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete an inbox's captures, keeping the inbox
    Clear {
        slug: String,
        #[arg(long)]
        json: bool,
    },
}

/// How many captures a delete or clear removed (the API's answer).
#[derive(Debug, Serialize, Deserialize)]
struct Removed {
    removed: u64,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    slug: String,
    /// The new URL segment
    #[arg(required_unless_present = "name")]
    new_slug: Option<String>,
    /// The new display name
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, command: InboxesCommand) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    match command {
        InboxesCommand::List { json } => {
            let inboxes: Vec<Inbox> = client.get("/api/inboxes").await?;
            if json {
                print_json(&inboxes)?;
            } else {
                for inbox in &inboxes {
                    outln!("{:<20} {:<40} {}", inbox.slug, inbox.url, features(inbox));
                }
            }
        }
        InboxesCommand::Show { slug, json } => {
            let inbox = get(&client, &slug).await?;
            print_inbox(&inbox, json)?;
        }
        InboxesCommand::Create {
            slug,
            name,
            settings,
            json,
        } => {
            let config = settings.apply(Default::default())?;
            let change = InboxChange {
                slug: Some(slug),
                name,
                config: Some(config),
            };
            let inbox: Inbox = client.post("/api/inboxes", &change).await?;
            if json {
                print_json(&inbox)?;
            } else {
                outln!("{}", inbox.url);
            }
        }
        InboxesCommand::Update {
            slug,
            settings,
            json,
        } => {
            if !settings.changes_anything() {
                return Err(Error::BadRequest(
                    "nothing to change: give --config FILE or a setting (see `hookbench inboxes \
                     update --help`)"
                        .into(),
                ));
            }
            let current = get(&client, &slug).await?;
            let config = settings.apply(current.config)?;
            let inbox: Inbox = client
                .patch(&path(&slug), &json!({ "config": config }))
                .await?;
            print_inbox(&inbox, json)?;
        }
        InboxesCommand::Rename(args) => {
            let change = InboxChange {
                slug: args.new_slug,
                name: args.name,
                config: None,
            };
            let inbox: Inbox = client.patch(&path(&args.slug), &change).await?;
            if args.json {
                print_json(&inbox)?;
            } else {
                outln!("{}", inbox.url);
            }
        }
        InboxesCommand::Delete { slug, json } => {
            let removed: Removed = client.delete_json(&path(&slug)).await?;
            if json {
                print_json(&removed)?;
            } else {
                outln!("deleted inbox {slug} and its {} captures", removed.removed);
            }
        }
        InboxesCommand::Clear { slug, json } => {
            let removed: Removed = client
                .delete_json(&format!("{}/captures", path(&slug)))
                .await?;
            if json {
                print_json(&removed)?;
            } else {
                outln!("removed {} captures from inbox {slug}", removed.removed);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn path(slug: &str) -> String {
    format!("/api/inboxes/{}", encode(slug))
}

async fn get(client: &Client, slug: &str) -> Result<Inbox> {
    client.get(&path(slug)).await
}

/// What an inbox does beyond capturing, in a few words.
fn features(inbox: &Inbox) -> String {
    let c = &inbox.config;
    let mut words = vec![format!("answers {}", c.response.status)];
    if !c.rules.is_empty() {
        words.push(format!("{} rules", c.rules.len()));
    }
    if let Some(verify) = &c.verify {
        words.push(format!("verifies {}", verify.provider));
    }
    if let Some(forward) = &c.forward {
        words.push(format!("forwards to {}", forward.url));
    }
    if c.notify {
        words.push("notifies".to_owned());
    }
    words.join(", ")
}

fn print_inbox(inbox: &Inbox, json: bool) -> Result<()> {
    if json {
        return print_json(inbox);
    }
    let c = &inbox.config;
    outln!("slug        {}", inbox.slug);
    outln!("name        {}", inbox.name);
    outln!("url         {}", inbox.url);
    outln!(
        "answer      {} {} ({} bytes){}",
        c.response.status,
        c.response.content_type,
        c.response.body.len(),
        if c.response.delay_ms > 0 {
            format!(" after {} ms", c.response.delay_ms)
        } else {
            String::new()
        }
    );
    for header in &c.response.headers {
        outln!("header      {}: {}", header.name, header.value);
    }
    for (index, rule) in c.rules.iter().enumerate() {
        outln!(
            "rule {}      {} → {}",
            index + 1,
            if rule.name.is_empty() {
                "(unnamed)"
            } else {
                &rule.name
            },
            rule.response.status
        );
    }
    match &c.verify {
        Some(v) => outln!(
            "verify      {} ({} secrets, tolerance {} s)",
            v.provider,
            v.secrets.len(),
            v.tolerance_secs.unwrap_or(300)
        ),
        None => outln!("verify      off"),
    }
    match &c.forward {
        Some(f) => outln!(
            "forward     {} (the sender gets the {} answer)",
            f.url,
            serde_json::to_value(f.respond_with)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        ),
        None => outln!("forward     off"),
    }
    outln!("notify      {}", c.notify);
    Ok(())
}
