//! `hookbench export` (and `captures export`): captures as HAR 1.2 or Hookbench JSON, oldest
//! first, streamed: listed by id, then fetched and written one at a time, with progress.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use futures_util::StreamExt;

use super::api_query::with_query;
use super::export_document::{DocumentWriter, Format};
use super::progress::{human_bytes, Progress};
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::{Capture, CaptureList, Status};
use hookbench::{Error, Result};

/// Captures fetched at once while writing (the order is kept).
const IN_FLIGHT: usize = 4;
const PAGE: usize = 1000;
const MAX_PAGES: usize = 10_000;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// `har` (HAR 1.2, for browsers and HTTP tools) or `json` (Hookbench's own, exact bodies)
    #[arg(long, value_parser = ["har", "json"], default_value = "har")]
    format: String,
    /// Only this inbox (its URL segment)
    #[arg(long, value_name = "NAME")]
    inbox: Option<String>,
    /// Write to this file (complete or not at all) instead of standard output (`-`)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Report progress on standard error even when it is not a terminal (by default: when the
    /// export goes to a file and standard error is a terminal)
    #[arg(long, conflicts_with = "quiet")]
    progress: bool,
    /// Print nothing on standard error but errors
    #[arg(long, short)]
    quiet: bool,
}

pub async fn run(config: Config, args: ExportArgs) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    let format = if args.format == "json" {
        Format::Json
    } else {
        Format::Har
    };
    let status: Status = client.get("/api/status").await?;
    let ids = all_ids(&client, args.inbox.as_deref()).await?;
    let output = args.output.filter(|path| path.as_os_str() != "-");
    let to_file = output.is_some() || !std::io::stdout().is_terminal();
    let show_progress =
        !args.quiet && (args.progress || (to_file && std::io::stderr().is_terminal()));
    let mut progress = Progress::new(show_progress, ids.len());
    let (out, partial): (Box<dyn Write>, Option<PathBuf>) = match &output {
        Some(path) => {
            let partial = partial_path(path);
            let file = File::create(&partial)
                .map_err(|e| Error::io(format!("could not create {}", partial.display()), e))?;
            (Box::new(file), Some(partial))
        }
        None => (Box::new(std::io::stdout()), None),
    };
    let written = write_all(
        &client,
        format,
        status.receiver_url,
        ids,
        out,
        &mut progress,
    )
    .await;
    let destination = output
        .as_ref()
        .map_or_else(|| "standard output".to_owned(), |p| p.display().to_string());
    let (count, bytes) = match (written, &partial) {
        (Ok(done), _) => done,
        (Err(Failure::Closed), _) => return Ok(ExitCode::SUCCESS),
        (Err(failure), Some(partial)) => {
            let _ = std::fs::remove_file(partial);
            return Err(failure.into_error(&destination));
        }
        (Err(failure), None) => return Err(failure.into_error(&destination)),
    };
    if let (Some(partial), Some(path)) = (&partial, &output) {
        std::fs::rename(partial, path)
            .map_err(|e| Error::io(format!("could not write {}", path.display()), e))?;
    }
    if !args.quiet && (show_progress || output.is_some()) {
        let plural = if count == 1 { "" } else { "s" };
        progress.finish(&format!(
            "wrote {count} capture{plural} ({}, {bytes} bytes) to {destination}",
            human_bytes(bytes)
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Every capture id (of one inbox), oldest first.
async fn all_ids(client: &Client, inbox: Option<&str>) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    let mut before: Option<String> = None;
    let limit = PAGE.to_string();
    for _ in 0..MAX_PAGES {
        let query = with_query(
            "/api/captures",
            &[
                ("limit", Some(&limit)),
                ("inbox", inbox),
                ("before", before.as_deref()),
            ],
        );
        let page: CaptureList = client.get(&query).await?;
        ids.extend(page.captures.into_iter().map(|c| c.id));
        match page.next_before {
            Some(next) => before = Some(next),
            None => break,
        }
    }
    ids.reverse();
    Ok(ids)
}

enum Failure {
    /// Standard output was closed (`| head`): stop quietly.
    Closed,
    Write(std::io::Error),
    Api(Error),
}

impl Failure {
    fn into_error(self, destination: &str) -> Error {
        match self {
            Failure::Closed => Error::Internal("the output was closed".into()),
            Failure::Write(e) => {
                Error::io(format!("could not write the export to {destination}"), e)
            }
            Failure::Api(e) => e,
        }
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::Closed
        } else {
            Failure::Write(e)
        }
    }
}

/// Writes the document; how many captures and bytes it holds.
async fn write_all(
    client: &Client,
    format: Format,
    receiver_url: String,
    ids: Vec<String>,
    out: Box<dyn Write>,
    progress: &mut Progress,
) -> std::result::Result<(usize, u64), Failure> {
    let out = BufWriter::with_capacity(256 * 1024, out);
    let mut document = DocumentWriter::begin(out, format, receiver_url)?;
    let mut captures = futures_util::stream::iter(ids)
        .map(|id| async move { client.get::<Capture>(&format!("/api/captures/{id}")).await })
        .buffered(IN_FLIGHT);
    let mut count = 0;
    while let Some(fetched) = captures.next().await {
        match fetched {
            Ok(capture) => {
                document.write(&capture)?;
                count += 1;
                progress.update(count, document.bytes());
            }
            // Deleted since it was listed (by hand or by retention): not part of the export.
            Err(Error::NotFound(_)) => {}
            Err(e) => return Err(Failure::Api(e)),
        }
    }
    let bytes = document.finish()?;
    Ok((count, bytes))
}

/// Where the export is written until it is complete, beside the file it will replace.
fn partial_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    path.with_file_name(format!(".{name}.partial"))
}
