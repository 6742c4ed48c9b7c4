//! `hookbench webhooks ...`: manage the running instance's webhooks.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use super::api_query::encode;
use super::input;
use super::output::outln;
use super::providers::print_json;
use super::trigger::print_trigger;
use super::webhook_update::UpdateArgs;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::{FieldFilter, RetryPolicy, TriggerResult, Webhook, WebhookConfig};
use hookbench::{Error, Result};

#[derive(Debug, Subcommand)]
pub enum WebhooksCommand {
    /// Every webhook, newest first
    List {
        #[arg(long)]
        json: bool,
    },
    /// One webhook's whole configuration
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Create a webhook; prints its id
    Create(CreateArgs),
    /// Change some of a webhook's settings (the others stay)
    Update(UpdateArgs),
    /// Turn a webhook on (also one Hookbench disabled after failures): its waiting deliveries resume
    Enable {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Turn a webhook off: triggers pass it over, its waiting deliveries wait
    Disable {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete a webhook (its deliveries stay in the log; waiting ones are cancelled)
    Delete { id: String },
    /// Send the profile's test event to this webhook
    Test {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Attempt every failed delivery of this webhook once more
    RetryFailed {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Cancel every delivery of this webhook that waits for an attempt
    CancelPending {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long)]
    name: String,
    /// Provider profile (see `hookbench providers`)
    #[arg(long)]
    provider: String,
    #[arg(long)]
    url: String,
    /// Event id or glob to subscribe to (repeatable); default: every event
    #[arg(long = "event", value_name = "EVENT")]
    events: Vec<String>,
    /// Signing secret (repeatable, oldest first: the last one signs)
    #[arg(long = "secret", value_name = "SECRET")]
    secrets: Vec<String>,
    /// Extra header, `Name: value` (repeatable)
    #[arg(long = "header", value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// Field filter, `field=glob` such as `data.channel=sms*` (repeatable; all must match)
    #[arg(long = "filter", value_name = "FIELD=GLOB")]
    filters: Vec<String>,
    /// One of the provider's own values, `name=value` (repeatable): Workspace's `customer_id` and
    /// `state`, Leadsie's `customUserId` (see `hookbench providers --json`); unset ones are the
    /// profile's default
    #[arg(long = "value", value_name = "NAME=VALUE")]
    values: Vec<String>,
    /// `provider`: what the provider's page documents (the seed providers retry nothing by
    /// themselves; failed deliveries are retried by hand); `standard`: Hookbench's schedule, from
    /// Standard Webhooks (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), not the provider's; `fast`
    /// (1, 2, 5, 10, 30 s); `none`; or delays in ms such as `500,2000,10000`
    #[arg(long, default_value = "provider")]
    retry: String,
    /// Attempt timeout in milliseconds
    #[arg(long, default_value_t = 5000)]
    timeout_ms: u32,
    /// Create it turned off
    #[arg(long)]
    inactive: bool,
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, command: WebhooksCommand) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    match command {
        WebhooksCommand::List { json } => {
            let webhooks: Vec<Webhook> = client.get("/api/webhooks").await?;
            if json {
                print_json(&webhooks)?;
            }
            for w in webhooks.iter().filter(|_| !json) {
                let state = match (&w.disabled_reason, w.config.active) {
                    (Some(_), _) => "disabled by Hookbench",
                    (None, true) => "active",
                    (None, false) => "inactive",
                };
                outln!(
                    "{}  {:<20} {:<18} {:<22} {}",
                    w.id,
                    w.config.name,
                    w.config.provider,
                    state,
                    w.config.url
                );
            }
        }
        WebhooksCommand::Show { id, json } => {
            let webhook: Webhook = client.get(&path(&id)).await?;
            print_one(&webhook, json)?;
        }
        WebhooksCommand::Create(args) => {
            let json_output = args.json;
            let webhook: Webhook = client.post("/api/webhooks", &create_config(args)?).await?;
            if json_output {
                print_json(&webhook)?;
            } else {
                outln!("{}", webhook.id);
            }
        }
        WebhooksCommand::Update(args) => {
            let path = path(&args.id);
            let json_output = args.json;
            let current: Webhook = client.get(&path).await?;
            let updated: Webhook = client.put(&path, &args.apply(current.config)?).await?;
            print_one(&updated, json_output)?;
        }
        WebhooksCommand::Enable { id, json } => {
            print_one(&set_active(&client, &id, true).await?, json)?;
        }
        WebhooksCommand::Disable { id, json } => {
            print_one(&set_active(&client, &id, false).await?, json)?;
        }
        WebhooksCommand::Delete { id } => client.delete(&path(&id)).await?,
        WebhooksCommand::Test { id, json } => {
            let result: TriggerResult = client
                .post(&format!("{}/test", path(&id)), &json!({}))
                .await?;
            print_trigger(&result, json)?;
        }
        WebhooksCommand::RetryFailed { id, json } => {
            let answer: Value = client
                .post(&format!("{}/retry-failed", path(&id)), &json!({}))
                .await?;
            print_count(&answer, "retried", json)?;
        }
        WebhooksCommand::CancelPending { id, json } => {
            let answer: Value = client
                .post(&format!("{}/cancel-pending", path(&id)), &json!({}))
                .await?;
            print_count(&answer, "cancelled", json)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn path(id: &str) -> String {
    format!("/api/webhooks/{}", encode(id))
}

async fn set_active(client: &Client, id: &str, active: bool) -> Result<Webhook> {
    let path = path(id);
    let mut webhook: Webhook = client.get(&path).await?;
    webhook.config.active = active;
    client.put(&path, &webhook.config).await
}

fn print_one(webhook: &Webhook, json: bool) -> Result<()> {
    if json {
        print_json(webhook)
    } else {
        print_webhook(webhook);
        Ok(())
    }
}

/// `{"retried": 3}` as JSON or as "retried 3 deliveries".
fn print_count(answer: &Value, key: &str, json: bool) -> Result<()> {
    if json {
        return print_json(answer);
    }
    outln!("{key} {} deliveries", answer[key].as_u64().unwrap_or(0));
    Ok(())
}

fn create_config(args: CreateArgs) -> Result<WebhookConfig> {
    let mut config: WebhookConfig = serde_json::from_value(json!({
        "name": args.name,
        "url": args.url,
        "provider": args.provider,
    }))
    .map_err(|e| Error::Internal(e.to_string()))?;
    if !args.events.is_empty() {
        config.events = args.events;
    }
    config.secrets = args.secrets;
    config.headers = args
        .headers
        .iter()
        .map(|h| input::parse_header(h).map_err(Error::BadRequest))
        .collect::<Result<_>>()?;
    config.filters = args
        .filters
        .iter()
        .map(|f| parse_filter(f))
        .collect::<Result<_>>()?;
    for value in &args.values {
        let (name, value) = parse_value(value)?;
        config.values.insert(name, value);
    }
    config.retry = parse_retry(&args.retry)?;
    config.timeout_ms = args.timeout_ms;
    config.active = !args.inactive;
    Ok(config)
}

pub fn parse_filter(text: &str) -> Result<FieldFilter> {
    let (field, pattern) = text.split_once('=').ok_or_else(|| {
        Error::BadRequest(format!(
            "`{text}` is not a filter: write it as `field=glob`, e.g. `data.channel=sms*`"
        ))
    })?;
    Ok(FieldFilter {
        field: field.trim().to_owned(),
        pattern: pattern.to_owned(),
    })
}

/// `name=value`; an empty value unsets it.
pub fn parse_value(text: &str) -> Result<(String, String)> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.to_owned()))
        }
        _ => Err(Error::BadRequest(format!(
            "`{text}` is not a value: write it as `name=value`, e.g. `customer_id=cus_42`"
        ))),
    }
}

pub fn parse_retry(text: &str) -> Result<RetryPolicy> {
    Ok(match text {
        "provider" => RetryPolicy::Provider,
        "standard" => RetryPolicy::Standard,
        "fast" => RetryPolicy::Fast,
        "none" => RetryPolicy::None,
        delays => RetryPolicy::Custom {
            delays_ms: delays
                .split(',')
                .map(|d| d.trim().parse::<u64>())
                .collect::<std::result::Result<_, _>>()
                .map_err(|_| {
                    Error::BadRequest(format!(
                        "`{text}` is not a retry policy: use provider, standard, fast, none, or \
                         delays in milliseconds such as `500,2000,10000`"
                    ))
                })?,
        },
    })
}

fn print_webhook(w: &Webhook) {
    let c = &w.config;
    outln!("id          {}", w.id);
    outln!("name        {}", c.name);
    outln!("provider    {}", c.provider);
    outln!("url         {}", c.url);
    outln!("events      {}", c.events.join(", "));
    outln!("active      {}", c.active);
    if let Some(reason) = &w.disabled_reason {
        outln!("disabled    {reason}");
    }
    outln!("secrets     {}", c.secrets.len());
    for f in &c.filters {
        outln!("filter      {} = {}", f.field, f.pattern);
    }
    for h in &c.headers {
        outln!("header      {}: {}", h.name, h.value);
    }
    for (name, value) in &c.values {
        outln!("value       {name} = {value}");
    }
    outln!("timeout     {} ms", c.timeout_ms);
    outln!(
        "retry       {}",
        serde_json::to_string(&c.retry).unwrap_or_default()
    );
    outln!(
        "failures    {} (disabled at {})",
        w.consecutive_failures,
        c.failure_threshold
    );
}
