//! `hookbench captures check ID --provider P --secret S`: judge a capture as that provider's
//! consumer would (signature, event, schema), as the capture screen's Check does. Exit 0 when
//! the signature is valid and the body fits the event's schema, 1 otherwise.

use std::process::ExitCode;

use clap::Args;

use super::api_query::encode;
use super::exit::FAILURE;
use super::output::outln;
use super::providers::print_json;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::{Capture, CaptureCheck, CheckRequest};
use hookbench::signing::Verification;
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct CheckArgs {
    id: String,
    /// Provider profile whose scheme and schemas to check against (see `hookbench providers`);
    /// default: the provider the capture was recognised as
    #[arg(long)]
    provider: Option<String>,
    /// A secret the sender may have signed with (repeatable); the secrets saved for the
    /// provider (`hookbench provider-secrets`) are tried too
    #[arg(long = "secret", value_name = "SECRET")]
    secrets: Vec<String>,
    /// Seconds a signed timestamp may differ from the arrival time (default 300)
    #[arg(long, value_name = "SECONDS")]
    tolerance: Option<i64>,
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: CheckArgs) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    let provider = match args.provider {
        Some(provider) => provider,
        None => recognised_provider(&client, &args.id).await?,
    };
    let request = CheckRequest {
        provider,
        secrets: args.secrets,
        tolerance_secs: args.tolerance,
        scheme: None,
        use_saved_secrets: Some(true),
    };
    let check: CaptureCheck = client
        .post(
            &format!("/api/captures/{}/check", encode(&args.id)),
            &request,
        )
        .await?;
    if args.json {
        print_json(&check)?;
    } else {
        print_check(&check);
    }
    let fits = check.violations.as_ref().is_none_or(Vec::is_empty);
    Ok(if check.signature.is_valid() && fits {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(FAILURE)
    })
}

fn print_check(check: &CaptureCheck) {
    match &check.signature {
        Verification::Valid { secret_index } => {
            outln!("signature   valid (secret {})", secret_index + 1)
        }
        Verification::Unsigned => outln!("signature   unsigned: no {} signature", check.provider),
        Verification::Invalid { message, .. } => outln!("signature   invalid: {message}"),
    }
    outln!(
        "event       {}",
        check.event.as_deref().unwrap_or("(not recognised)")
    );
    if let Some(error) = &check.json_error {
        outln!("body        not JSON: {error}");
    }
    match &check.violations {
        Some(violations) if violations.is_empty() => outln!("schema      fits"),
        Some(violations) => {
            for v in violations {
                outln!("schema      {}: {}", v.path, v.message);
            }
        }
        None => {}
    }
}

/// The provider a capture was recognised as on arrival.
async fn recognised_provider(client: &Client, id: &str) -> Result<String> {
    let capture: Capture = client.get(&format!("/api/captures/{}", encode(id))).await?;
    capture.summary.provider.ok_or_else(|| {
        Error::BadRequest(format!(
            "capture {id} was not recognised as any provider's request: name one with \
             --provider (see `hookbench providers`)"
        ))
    })
}
