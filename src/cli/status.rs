//! `hookbench status`: whether an instance runs for the data directory (exit 0) or not (exit
//! 4), and where it listens.

use std::process::ExitCode;

use clap::Args;

use super::output::outln;
use super::providers::print_json;
use hookbench::client::Client;
use hookbench::config::Config;
use hookbench::model::Status;
use hookbench::Result;

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: StatusArgs) -> Result<ExitCode> {
    let status: Status = Client::for_data_dir(&config.data_dir)?
        .get("/api/status")
        .await?;
    if args.json {
        print_json(&status)?;
    } else {
        outln!("running     hookbench {}", status.version);
        outln!(
            "receiver    {}{}",
            status.receiver_url,
            if status.receiver_exposed {
                " (reachable beyond this machine)"
            } else {
                ""
            }
        );
        outln!("data        {}", status.data_dir);
        outln!("max body    {} bytes", status.max_body);
        outln!("secrets     {}", status.secrets_at_rest);
    }
    Ok(ExitCode::SUCCESS)
}
