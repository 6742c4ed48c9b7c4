//! `hookbench send`: one signed provider event to a URL, right now, from this process. No
//! running instance and no data directory: it builds the request as the provider would, makes
//! one attempt and prints the answer.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use time::OffsetDateTime;

use hookbench::catalog::{self, RenderContext, SuccessRule};
use hookbench::model::Header;
use hookbench::services::delivery::http::{self, Exchange, HttpRequest, Reach, SendOptions};
use hookbench::services::provider::request::{self, Draft};
use hookbench::services::provider::samples::random_seed;
use hookbench::{Error, Result};

use super::duration::parse_duration;
use super::exit::{BAD_INPUT, NO_ANSWER};
use super::input;
use super::send_output;

/// The exit statuses, as `--help` lists them.
pub const EXIT_HELP: &str = "Exit status:\n  \
    0  the target answered 2xx (Connectly: 200, the only answer its reference counts as delivered)\n  \
    1  the target answered something else (3xx, 4xx, 5xx: redirects are not followed)\n  \
    2  bad usage or input: unknown provider, event or variant, unreadable or invalid --body,\n     \
       a URL the provider does not accept, a malformed --header or --secret\n  \
    3  no answer: the URL was blocked, refused, timed out, or TLS or HTTP failed";

#[derive(Debug, Args)]
#[command(after_help = EXIT_HELP)]
pub struct SendArgs {
    /// Provider profile id (see `hookbench providers`)
    #[arg(long)]
    provider: String,
    /// Event id of that provider
    #[arg(long)]
    event: String,
    /// Where to send it (http:// or https://)
    #[arg(long)]
    url: String,
    /// Signing secret; repeat to rotate (oldest first: the last one signs). None: unsigned
    #[arg(long = "secret", value_name = "SECRET")]
    secrets: Vec<String>,
    /// The payload from this file, or `-` for standard input (default: a fresh sample). Not
    /// `--data`: that is the global data directory option
    #[arg(long, value_name = "FILE|-", conflicts_with = "variant")]
    body: Option<PathBuf>,
    /// Which sample of the event to send (default: the first)
    #[arg(long)]
    variant: Option<String>,
    /// An extra header, `Name: value`; sent after the profile's, replacing one of the same name
    #[arg(long = "header", value_name = "NAME: VALUE", value_parser = input::parse_header)]
    headers: Vec<Header>,
    /// Give up after this long (`5s`, `300ms`, `1m`; a bare number is seconds)
    #[arg(long, default_value = "5s", value_parser = parse_timeout)]
    timeout: Duration,
    /// Allow targets in private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7)
    #[arg(long)]
    allow_private_network: bool,
    /// Print the whole attempt (request, response or error, timings) as JSON
    #[arg(long)]
    json: bool,
}

pub async fn run(args: SendArgs) -> Result<ExitCode> {
    let (request, success) = match prepare(&args) {
        Ok(prepared) => prepared,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(BAD_INPUT));
        }
    };
    let options = SendOptions {
        timeout: args.timeout,
        reach: Reach {
            allow_private_network: args.allow_private_network,
            refused: Vec::new(),
        },
        ..SendOptions::default()
    };
    let exchange = http::send(request, &options).await;
    let code = exit_code(&exchange, success);
    if args.json {
        let delivered = delivered(&exchange, success);
        let mut attempt = exchange.into_attempt(hookbench::base::ids::next_id(), None, 1);
        attempt.succeeded = delivered;
        super::providers::print_json(&attempt)?;
    } else {
        send_output::print(&exchange);
    }
    Ok(code)
}

/// Whether the answer is one the provider counts as delivered (Connectly: only 200).
fn delivered(exchange: &Exchange, success: SuccessRule) -> bool {
    matches!(&exchange.response, Ok(r) if success.accepts(r.status))
}

fn exit_code(exchange: &Exchange, success: SuccessRule) -> ExitCode {
    match &exchange.response {
        Ok(_) if delivered(exchange, success) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(_) => ExitCode::from(NO_ANSWER),
    }
}

/// The request exactly as the provider would send it and what the provider counts as
/// delivered, or why it cannot be made.
fn prepare(args: &SendArgs) -> Result<(HttpRequest, SuccessRule)> {
    let catalog = request::catalog()?;
    let provider = catalog.provider(&args.provider)?;
    let event = provider.event(&args.event)?;
    provider.check_url(&args.url)?;
    let now = OffsetDateTime::now_utc();
    let seed = random_seed();
    let context = RenderContext::new(seed, now).with_target_url(&args.url);
    let delivery_id = catalog::new_delivery_id(provider, &context);
    let body = match &args.body {
        Some(path) => {
            let bytes = input::read_payload(path)?;
            if provider.id != request::GENERIC {
                if let Err(e) = serde_json::from_slice::<serde_json::Value>(&bytes) {
                    return Err(Error::BadRequest(format!(
                        "the payload from {} is not valid JSON ({e}); {} sends JSON. Fix it, or \
                         send any bytes with --provider {}",
                        input::describe(path),
                        provider.name,
                        request::GENERIC
                    )));
                }
            }
            bytes
        }
        None => {
            let context = context.with_delivery_id(&delivery_id);
            let value = catalog::render_sample(provider, event, args.variant.as_deref(), &context)?;
            serde_json::to_vec_pretty(&value)
                .map_err(|e| Error::Internal(format!("a sample could not be encoded: {e}")))?
        }
    };
    let built = request::build(Draft {
        provider,
        event,
        body,
        secrets: &args.secrets,
        now,
        seed,
        target_url: Some(&args.url),
        delivery_id: Some(delivery_id),
        custom_scheme: None,
        values: None,
    })?;
    let request = HttpRequest {
        method: "POST".to_owned(),
        url: args.url.clone(),
        headers: request::with_custom_headers(built.headers, &args.headers),
        body: built.body.into(),
    };
    Ok((request, provider.delivery.success))
}

fn parse_timeout(text: &str) -> std::result::Result<Duration, String> {
    let timeout = parse_duration(text)?;
    if timeout > Duration::from_secs(3600) {
        return Err(format!("`{text}` is too long for a timeout: at most 60 m"));
    }
    Ok(timeout)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_are_at_most_an_hour() {
        assert_eq!(parse_timeout("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_timeout("2h").is_err());
        assert!(parse_timeout("0s").is_err());
    }
}
