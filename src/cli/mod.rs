//! The command line: `hookbench serve` runs an instance; the other commands talk to it.

mod captures;
mod deliveries;
mod forward;
mod input;
pub mod output;
mod providers;
mod relay_lines;
mod replay;
mod send;
mod send_output;
mod serve;
mod trigger;
mod webhooks;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use hookbench::config::{Config, DATA_ENV};
use hookbench::Result;

#[derive(Debug, Parser)]
#[command(
    name = "hookbench",
    version,
    about = "A webhook workbench: capture, inspect, sign and deliver webhooks locally",
    after_help = "Start with `hookbench serve`, then send a request:\n  \
                  curl -X POST http://127.0.0.1:8787/default -d '{\"hello\":\"world\"}'"
)]
pub struct Cli {
    /// Data directory (default: the OS data directory, e.g. ~/.local/share/hookbench)
    #[arg(long, global = true, env = DATA_ENV, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the receiver, the API and the UI until stopped (Ctrl-C)
    Serve(serve::ServeArgs),
    /// List and show captured requests of the running instance
    #[command(subcommand)]
    Captures(captures::CapturesCommand),
    /// List the provider profiles and their events
    Providers(providers::ProvidersArgs),
    /// Print a fresh sample payload of a provider's event
    Sample(providers::SampleArgs),
    /// Manage the running instance's webhooks
    #[command(subcommand)]
    Webhooks(webhooks::WebhooksCommand),
    /// Deliver one event to every webhook of the running instance that subscribes to it
    Trigger(trigger::TriggerArgs),
    /// The running instance's deliveries and their attempts
    #[command(subcommand)]
    Deliveries(deliveries::DeliveriesCommand),
    /// Send one signed provider event to a URL now and print the answer (no instance needed)
    Send(send::SendArgs),
    /// Forward every request an inbox captures to a URL until stopped (Ctrl-C)
    Forward(forward::ForwardArgs),
    /// Send captured requests again to a URL, optionally re-signed
    Replay(replay::ReplayArgs),
}

pub async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Providers(args) => return providers::list(args),
        Command::Sample(args) => return providers::sample(args),
        Command::Send(args) => return send::run(args).await,
        _ => {}
    }
    let config = Config::resolve(cli.data.as_deref())?;
    match cli.command {
        Command::Serve(args) => serve::run(config, args).await,
        Command::Captures(command) => captures::run(config, command).await,
        Command::Webhooks(command) => webhooks::run(config, command).await,
        Command::Trigger(args) => trigger::run(config, args).await,
        Command::Deliveries(command) => deliveries::run(config, command).await,
        Command::Forward(args) => forward::run(config, args).await,
        Command::Replay(args) => replay::run(config, args).await,
        Command::Providers(_) | Command::Sample(_) | Command::Send(_) => Ok(ExitCode::SUCCESS),
    }
}
