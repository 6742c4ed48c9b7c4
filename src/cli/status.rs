//! `hookbench status`: whether an instance runs for the data directory (exit 0) or not (exit
//! 4), and where it listens.

use std::process::ExitCode;

use clap::Args;

use super::output::outln;
use super::providers::print_json;
use hookbench::base::config::Config;
use hookbench::client::Client;
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
            exposed(status.receiver_exposed)
        );
        if let Some(url) = &status.emulator_url {
            outln!("emulator    {url}{}", exposed(status.emulator_exposed));
        }
        if status.api_exposed {
            outln!("api         reachable beyond this machine (--expose-api)");
        }
        outln!("data        {}", status.data_dir);
        outln!("max body    {} bytes", status.max_body);
        outln!("secrets     {}", status.secrets_at_rest);
    }
    Ok(ExitCode::SUCCESS)
}

fn exposed(flag: bool) -> &'static str {
    if flag {
        " (reachable beyond this machine)"
    } else {
        ""
    }
}
