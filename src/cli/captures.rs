//! `hookbench captures list|show`, against the running instance.

use std::process::ExitCode;

use super::output::outln;
use clap::Subcommand;

use hookbench::client::Client;
use hookbench::config::Config;
use hookbench::model::{BodyEncoding, Capture, CaptureList};
use hookbench::Result;

use super::providers::print_json;

#[derive(Debug, Subcommand)]
pub enum CapturesCommand {
    /// The newest captures, newest first
    List {
        /// Only this inbox (its URL segment)
        #[arg(long, value_name = "NAME")]
        inbox: Option<String>,
        /// Only captures containing every word (path, headers, body)
        #[arg(long, value_name = "WORDS")]
        search: Option<String>,
        /// How many to show
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// One capture with its headers and body
    Show {
        id: String,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Export captures as HAR 1.2 or Hookbench JSON (oldest first)
    Export {
        /// `har` or `json`
        #[arg(long, value_parser = ["har", "json"], default_value = "har")]
        format: String,
        /// Only this inbox (its URL segment)
        #[arg(long, value_name = "NAME")]
        inbox: Option<String>,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<std::path::PathBuf>,
    },
}

pub async fn run(config: Config, command: CapturesCommand) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    match command {
        CapturesCommand::List {
            inbox,
            search,
            limit,
            json,
        } => {
            let mut query = format!("/api/captures?limit={limit}");
            for (key, value) in [("inbox", inbox), ("q", search)] {
                if let Some(value) = value {
                    query.push_str(&format!("&{key}={}", encode(&value)));
                }
            }
            let list: CaptureList = client.get(&query).await?;
            if json {
                print_json(&list)?;
            } else {
                for c in &list.captures {
                    let target = match &c.query {
                        Some(query) => format!("{}?{}", c.path, query),
                        None => c.path.clone(),
                    };
                    outln!(
                        "{}  {}  {:<7} {}  {} B  {}",
                        c.id,
                        c.received_at,
                        c.method,
                        target,
                        c.body_size,
                        c.response_status
                    );
                }
            }
        }
        CapturesCommand::Export {
            format,
            inbox,
            output,
        } => {
            let mut query = format!("/api/export?format={format}");
            if let Some(inbox) = inbox {
                query.push_str(&format!("&inbox={}", encode(&inbox)));
            }
            let document = client.get_bytes(&query).await?;
            match output {
                Some(path) => {
                    std::fs::write(&path, &document).map_err(|e| {
                        hookbench::Error::io(format!("could not write {}", path.display()), e)
                    })?;
                    eprintln!("wrote {} bytes to {}", document.len(), path.display());
                }
                None => outln!("{}", String::from_utf8_lossy(&document)),
            }
        }
        CapturesCommand::Show { id, json } => {
            let capture: Capture = client.get(&format!("/api/captures/{id}")).await?;
            if json {
                print_json(&capture)?;
            } else {
                print_capture(&capture);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_capture(capture: &Capture) {
    let s = &capture.summary;
    let target = match &s.query {
        Some(query) => format!("{}?{}", s.path, query),
        None => s.path.clone(),
    };
    outln!("{} {} {}", s.method, target, capture.http_version);
    for header in &capture.headers {
        outln!("{}: {}", header.name, header.value);
    }
    outln!();
    match capture.body.encoding {
        BodyEncoding::Utf8 => outln!("{}", capture.body.data),
        BodyEncoding::Base64 => outln!(
            "({} bytes of binary data; use --json for the base64)",
            s.body_size
        ),
    }
}

fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
