//! The command line: `hookbench serve` runs an instance; the other commands talk to it.

mod api_query;
mod capture_check;
mod captures;
mod completions;
mod deliveries;
mod duration;
mod emulator_keys;
pub mod exit;
mod export;
mod export_document;
mod forward;
mod inbox_settings;
mod inboxes;
mod input;
mod keys;
mod matching;
pub mod output;
mod progress;
mod provider_secrets;
mod providers;
mod relay_lines;
mod replay;
mod replays;
mod samples;
mod send;
mod send_output;
mod serve;
mod settings;
mod since;
mod status;
mod trigger;
mod wait;
mod webhook_update;
mod webhooks;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use hookbench::base::config::{Config, DATA_ENV};
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
    /// Whether an instance runs for the data directory (exit 0, else 4) and where it listens
    Status(status::StatusArgs),
    /// Captured requests of the running instance: list, show, wait for one, delete, export
    #[command(subcommand)]
    Captures(captures::CapturesCommand),
    /// The running instance's inboxes: capture URLs with their own answer and verification
    #[command(subcommand)]
    Inboxes(inboxes::InboxesCommand),
    /// Export captures as HAR 1.2 or Hookbench JSON (the same as `captures export`)
    Export(export::ExportArgs),
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
    /// Send captured requests again to a URL, optionally edited or re-signed
    Replay(replay::ReplayArgs),
    /// A running replay's progress, or cancel what it still has waiting
    #[command(subcommand)]
    Replays(replays::ReplaysCommand),
    /// Sample payloads saved under a name for a provider's event
    #[command(subcommand)]
    Samples(samples::SamplesCommand),
    /// The running instance's settings: show them, or change some (`settings set KEY=VALUE`)
    Settings(settings::SettingsArgs),
    /// The keys the provider emulator takes: list, add (prints the key once), revoke
    #[command(subcommand)]
    EmulatorKeys(emulator_keys::EmulatorKeysCommand),
    /// Signing secrets saved for providers, so captures show their signature state: list,
    /// add, remove
    #[command(subcommand)]
    ProviderSecrets(provider_secrets::ProviderSecretsCommand),
    /// Standard Webhooks ed25519 key pairs (v1a signatures): make one, or a secret key's public key
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Print a shell completion script (bash, zsh, fish)
    Completions(completions::CompletionsArgs),
}

/// The command line with the exit status table after every command's help (`send` has its
/// own, more precise one).
pub fn command() -> clap::Command {
    let top = Cli::command();
    let intro = top
        .get_after_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    with_exit_help(top).after_help(format!("{intro}\n\n{}", exit::EXIT_HELP))
}

fn with_exit_help(mut command: clap::Command) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| {
            let sub = with_exit_help(sub);
            if sub.get_after_help().is_some() {
                sub
            } else {
                sub.after_help(exit::EXIT_HELP)
            }
        });
    }
    command
}

pub async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Providers(args) => return providers::list(args),
        Command::Sample(args) => return providers::sample(args),
        Command::Send(args) => return send::run(args).await,
        Command::Completions(args) => return completions::run(args),
        Command::Keys(command) => return keys::run(command),
        _ => {}
    }
    let config = Config::resolve(cli.data.as_deref())?;
    match cli.command {
        Command::Serve(args) => serve::run(config, args).await,
        Command::Status(args) => status::run(config, args).await,
        Command::Captures(command) => captures::run(config, command).await,
        Command::Inboxes(command) => inboxes::run(config, command).await,
        Command::Export(args) => export::run(config, args).await,
        Command::Webhooks(command) => webhooks::run(config, command).await,
        Command::Trigger(args) => trigger::run(config, args).await,
        Command::Deliveries(command) => deliveries::run(config, command).await,
        Command::Forward(args) => forward::run(config, args).await,
        Command::Replay(args) => replay::run(config, args).await,
        Command::Replays(command) => replays::run(config, command).await,
        Command::Samples(command) => samples::run(config, command).await,
        Command::Settings(args) => settings::run(config, args).await,
        Command::EmulatorKeys(command) => emulator_keys::run(config, command).await,
        Command::ProviderSecrets(command) => provider_secrets::run(config, command).await,
        Command::Providers(_)
        | Command::Sample(_)
        | Command::Send(_)
        | Command::Completions(_)
        | Command::Keys(_) => Ok(ExitCode::SUCCESS),
    }
}
