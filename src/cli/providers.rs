//! `hookbench providers` and `hookbench sample`: the embedded catalog, no running instance needed.

use std::process::ExitCode;

use super::output::outln;
use clap::Args;
use serde::Serialize;

use hookbench::services::provider::{request, samples};
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct ProvidersArgs {
    /// Print JSON: one object per profile with its `id`, its `events` (event ids) and the
    /// `values` a webhook of it may set
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct SampleArgs {
    /// Provider profile id (see `hookbench providers`)
    provider: String,
    /// Event id of that provider
    event: String,
    /// Which sample of the event (default: the first)
    #[arg(long)]
    variant: Option<String>,
    /// Render with this seed: the same seed gives the same values
    #[arg(long)]
    seed: Option<u64>,
    /// The webhook URL the sample is for (its query feeds the payload, e.g. Leadsie's customUserId)
    #[arg(long)]
    url: Option<String>,
}

#[derive(Serialize)]
struct ProviderLine<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    signing_scheme: &'a str,
    test_event: &'a str,
    events: Vec<&'a str>,
    /// The values a webhook of this provider may set (`webhooks create --value NAME=...`).
    values: Vec<&'a str>,
}

pub fn list(args: ProvidersArgs) -> Result<ExitCode> {
    let catalog = request::catalog()?;
    if args.json {
        let lines: Vec<ProviderLine> = catalog
            .providers()
            .iter()
            .map(|p| ProviderLine {
                id: &p.id,
                name: &p.name,
                description: &p.description,
                signing_scheme: p.signing_scheme(),
                test_event: &p.test_event,
                events: p.events.iter().map(|e| e.id.as_str()).collect(),
                values: p.values.iter().map(|v| v.name.as_str()).collect(),
            })
            .collect();
        print_json(&lines)?;
        return Ok(ExitCode::SUCCESS);
    }
    for provider in catalog.providers() {
        outln!(
            "{:<18} {:<28} signing: {:<17} {} events",
            provider.id,
            provider.name,
            provider.signing_scheme(),
            provider.events.len()
        );
        for event in &provider.events {
            outln!("    {}", event.id);
        }
        for value in &provider.values {
            outln!("    --value {}=...  {}", value.name, value.label);
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn sample(args: SampleArgs) -> Result<ExitCode> {
    let rendered = samples::render_sample(
        &args.provider,
        &args.event,
        args.variant.as_deref(),
        args.seed,
        args.url.as_deref(),
    )?;
    print_json(&rendered.payload)?;
    Ok(ExitCode::SUCCESS)
}

pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::Internal(format!("could not print JSON: {e}")))?;
    outln!("{text}");
    Ok(())
}
