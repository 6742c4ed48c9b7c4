//! `hookbench webhooks update ID`: change some of a webhook's settings, from a JSON file of
//! configuration keys and/or flags; the rest stay as they are.

use std::path::PathBuf;

use clap::Args;

use super::input::{self, merge_json_file};
use super::webhooks::{parse_filter, parse_retry, parse_value};
use hookbench::model::WebhookConfig;
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct UpdateArgs {
    pub id: String,
    /// Configuration keys as JSON, from a file or `-` (standard input): the keys given (see
    /// `webhooks show ID --json`) replace the current ones; the flags below apply on top
    #[arg(long, value_name = "FILE|-")]
    config: Option<PathBuf>,
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    url: Option<String>,
    /// Provider profile (see `hookbench providers`)
    #[arg(long)]
    provider: Option<String>,
    /// Event id or glob to subscribe to (repeatable; replaces the subscription)
    #[arg(long = "event", value_name = "EVENT")]
    events: Vec<String>,
    /// Signing secret (repeatable, oldest first: the last one signs; replaces the secrets)
    #[arg(long = "secret", value_name = "SECRET")]
    secrets: Vec<String>,
    /// Extra header, `Name: value` (repeatable; replaces the extra headers)
    #[arg(long = "header", value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// Field filter, `field=glob` (repeatable; replaces the filters)
    #[arg(long = "filter", value_name = "FIELD=GLOB")]
    filters: Vec<String>,
    /// One of the provider's own values, `name=value` (repeatable; the others stay; `name=`
    /// unsets one, so the profile's default applies)
    #[arg(long = "value", value_name = "NAME=VALUE")]
    values: Vec<String>,
    /// `provider` (what the provider's page documents), `standard` (Hookbench's schedule, from
    /// Standard Webhooks, not the provider's), `fast`, `none`, or delays in ms such as
    /// `500,2000,10000`
    #[arg(long)]
    retry: Option<String>,
    /// Attempt timeout in milliseconds
    #[arg(long)]
    timeout_ms: Option<u32>,
    #[arg(long)]
    pub json: bool,
}

impl UpdateArgs {
    fn changes_anything(&self) -> bool {
        self.config.is_some()
            || self.name.is_some()
            || self.url.is_some()
            || self.provider.is_some()
            || !self.events.is_empty()
            || !self.secrets.is_empty()
            || !self.headers.is_empty()
            || !self.filters.is_empty()
            || !self.values.is_empty()
            || self.retry.is_some()
            || self.timeout_ms.is_some()
    }

    /// `current` with the file's keys and then the flags applied.
    pub fn apply(self, current: WebhookConfig) -> Result<WebhookConfig> {
        if !self.changes_anything() {
            return Err(Error::BadRequest(
                "nothing to change: give --config FILE or a setting (see `hookbench webhooks \
                 update --help`)"
                    .into(),
            ));
        }
        let mut config = match &self.config {
            Some(path) => merge_json_file(current, path, "a webhook configuration")?,
            None => current,
        };
        config.name = self.name.unwrap_or(config.name);
        config.url = self.url.unwrap_or(config.url);
        config.provider = self.provider.unwrap_or(config.provider);
        if !self.events.is_empty() {
            config.events = self.events;
        }
        if !self.secrets.is_empty() {
            config.secrets = self.secrets;
        }
        if !self.headers.is_empty() {
            config.headers = self
                .headers
                .iter()
                .map(|h| input::parse_header(h).map_err(Error::BadRequest))
                .collect::<Result<_>>()?;
        }
        if !self.filters.is_empty() {
            config.filters = self
                .filters
                .iter()
                .map(|f| parse_filter(f))
                .collect::<Result<_>>()?;
        }
        for value in &self.values {
            match parse_value(value)? {
                (name, value) if value.is_empty() => config.values.remove(&name),
                (name, value) => config.values.insert(name, value),
            };
        }
        if let Some(retry) = &self.retry {
            config.retry = parse_retry(retry)?;
        }
        config.timeout_ms = self.timeout_ms.unwrap_or(config.timeout_ms);
        Ok(config)
    }
}
