//! `hookbench captures wait`: block until a capture that meets every `--match` arrives, print
//! it, and exit 0; exit 6 when none does before `--timeout`. For a consumer's CI: "the webhook
//! arrived, signed, with this field".
//!
//! The event stream is subscribed before anything is looked at, so a capture that arrives
//! while earlier ones are being checked is still seen; a capture seen twice (in a list and as
//! an event) is judged once.

use std::collections::HashSet;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;

use super::api_query::{encode, with_query};
use super::captures::print_capture;
use super::duration::parse_duration;
use super::exit::TIMED_OUT;
use super::matching::{Facts, Matcher, MATCH_HELP};
use super::output::{outln, when_not_found};
use super::providers::print_json;
use super::since::{Since, SINCE_HELP};
use hookbench::base::config::Config;
use hookbench::client::{Client, Events};
use hookbench::model::Inbox;
use hookbench::model::{Capture, CaptureList, CaptureSummary, EngineEvent};
use hookbench::{Error, Result};

pub const WAIT_ABOUT: &str = "\
Wait for a capture that meets every --match, print it and exit 0; exit 6 when none arrives
before --timeout, saying why the last capture did not match. Only captures that arrive after
the wait started count (it says `waiting for ...` on standard error once it listens), unless
--since says otherwise. In a consumer's CI, without a race, for example:

  since=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
  ./run-the-code-that-sends-the-webhook
  hookbench captures wait --since \"$since\" --inbox shop --timeout 30s \\
      --match signature=valid --match 'json:data.object.id=pi_123' --json > capture.json";

/// At most this many earlier captures are looked at (`--since`, or after falling behind).
const MAX_EARLIER: usize = 10_000;
const PAGE: usize = 500;

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Only captures of this inbox (its URL segment)
    #[arg(long, value_name = "NAME")]
    inbox: Option<String>,
    /// A condition, e.g. `json:data.object.id=pi_123` (repeatable; all must hold)
    #[arg(long = "match", value_name = "EXPR", value_parser = Matcher::parse, long_help = MATCH_HELP)]
    matchers: Vec<Matcher>,
    /// Give up after this long: 500ms, 30s, 2m, 1h
    #[arg(long, default_value = "30s", value_name = "DURATION", value_parser = parse_duration)]
    timeout: Duration,
    #[arg(long, value_name = "WHEN", value_parser = Since::parse, long_help = SINCE_HELP)]
    since: Option<Since>,
    /// Print the whole capture as JSON (headers, body, the inbox's check)
    #[arg(long)]
    json: bool,
}

/// What was seen while waiting, for the message when nothing matched.
#[derive(Default)]
struct Search {
    judged: HashSet<String>,
    misses: u64,
    last_miss: Option<String>,
}

pub async fn run(config: Config, args: WaitArgs) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    let mut search = Search::default();
    let found = tokio::time::timeout(args.timeout, async {
        if let Some(slug) = &args.inbox {
            check_inbox(&client, slug, &args.matchers).await?;
        }
        find(&client, &args, &mut search).await
    })
    .await;
    match found {
        Ok(Ok(capture)) => {
            if args.json {
                print_json(&capture)?;
            } else {
                let s = &capture.summary;
                let verdict = s
                    .signature
                    .as_deref()
                    .map(|v| format!(", signature {v}"))
                    .unwrap_or_default();
                outln!("matched {} in inbox {}{verdict}", s.id, s.inbox);
                print_capture(&capture);
            }
            Ok(ExitCode::SUCCESS)
        }
        Ok(Err(e)) => Err(e),
        Err(_elapsed) => {
            eprintln!("error: {}", timeout_message(&args, &search));
            Ok(ExitCode::from(TIMED_OUT))
        }
    }
}

/// A missing inbox, or one that judges no signature while `signature` is asked about, could
/// never match: say so now rather than at the timeout.
async fn check_inbox(client: &Client, slug: &str, matchers: &[Matcher]) -> Result<()> {
    let inbox: Inbox = client
        .get(&format!("/api/inboxes/{}", encode(slug)))
        .await
        .map_err(when_not_found(|_| {
            format!(
                "no inbox is called `{slug}` (requests to it would land in `default`): create it \
                 with `hookbench inboxes create {slug}`, or see `hookbench inboxes list`"
            )
        }))?;
    if inbox.config.verify.is_none() {
        if let Some(m) = matchers.iter().find(|m| m.is_about_signature()) {
            return Err(Error::BadRequest(format!(
                "inbox `{slug}` does not verify signatures, so `{}` can never hold: turn it on \
                 with `hookbench inboxes update {slug} --verify PROVIDER --secret SECRET`",
                m.text
            )));
        }
    }
    Ok(())
}

async fn find(client: &Client, args: &WaitArgs, search: &mut Search) -> Result<Capture> {
    let mut events = client.events().await?;
    let subscribed = hookbench::base::clock::now_millis();
    eprintln!("{}", waiting_line(args));
    if let Some(since) = &args.since {
        if let Some(capture) = earlier(client, args, since, search).await? {
            return Ok(capture);
        }
    }
    // Bounded by --timeout (the caller's), not by a count.
    loop {
        match next_capture(&mut events).await? {
            Some(summary) => {
                if let Some(capture) = judge(client, args, summary, search).await? {
                    return Ok(capture);
                }
            }
            // The stream fell behind and skipped events: look at what arrived meanwhile.
            None => {
                let since = args.since.clone().unwrap_or(Since::Time(subscribed));
                if let Some(capture) = earlier(client, args, &since, search).await? {
                    return Ok(capture);
                }
            }
        }
    }
}

/// The next stored capture, or None when the stream skipped events.
async fn next_capture(events: &mut Events) -> Result<Option<CaptureSummary>> {
    loop {
        match events.next().await? {
            Some(EngineEvent::CaptureStored { capture }) => return Ok(Some(capture)),
            Some(_) => {}
            None => return Ok(None),
        }
    }
}

/// The oldest matching capture among those that arrived since `since`.
async fn earlier(
    client: &Client,
    args: &WaitArgs,
    since: &Since,
    search: &mut Search,
) -> Result<Option<Capture>> {
    let mut found: Vec<CaptureSummary> = Vec::new();
    let mut before: Option<String> = None;
    let (limit, from) = (PAGE.to_string(), since.millis().to_string());
    for _ in 0..MAX_EARLIER / PAGE {
        let query = with_query(
            "/api/captures",
            &[
                ("limit", Some(&limit)),
                ("from", Some(&from)),
                ("inbox", args.inbox.as_deref()),
                ("before", before.as_deref()),
            ],
        );
        let page: CaptureList = client.get(&query).await?;
        found.extend(
            page.captures
                .into_iter()
                .filter(|c| since.admits(&c.id, c.received_at)),
        );
        match page.next_before {
            Some(next) => before = Some(next),
            None => break,
        }
    }
    if found.len() >= MAX_EARLIER {
        eprintln!("note: only the newest {MAX_EARLIER} earlier captures are looked at");
    }
    for summary in found.into_iter().rev() {
        if let Some(capture) = judge(client, args, summary, search).await? {
            return Ok(Some(capture));
        }
    }
    Ok(None)
}

/// The whole capture when it meets every condition.
async fn judge(
    client: &Client,
    args: &WaitArgs,
    summary: CaptureSummary,
    search: &mut Search,
) -> Result<Option<Capture>> {
    if args
        .inbox
        .as_ref()
        .is_some_and(|inbox| *inbox != summary.inbox)
        || !search.judged.insert(summary.id.clone())
    {
        return Ok(None);
    }
    let facts = Facts::summary(&summary);
    let early = args
        .matchers
        .iter()
        .find(|m| !m.needs_whole_capture() && !m.holds(&facts));
    if let Some(failed) = early {
        search.miss(&summary.id, failed.why_not(&facts));
        return Ok(None);
    }
    let capture: Capture = match client.get(&format!("/api/captures/{}", summary.id)).await {
        Ok(capture) => capture,
        // Deleted since it arrived: it can no longer be the one.
        Err(Error::NotFound(_)) => return Ok(None),
        Err(e) => return Err(e),
    };
    let facts = Facts::whole(&capture);
    match args.matchers.iter().find(|m| !m.holds(&facts)) {
        Some(failed) => {
            search.miss(&summary.id, failed.why_not(&facts));
            Ok(None)
        }
        None => Ok(Some(capture)),
    }
}

impl Search {
    fn miss(&mut self, id: &str, why: String) {
        self.misses += 1;
        self.last_miss = Some(format!("{id}: {why}"));
    }
}

fn waiting_line(args: &WaitArgs) -> String {
    let inbox = args
        .inbox
        .as_ref()
        .map(|i| format!(" in inbox {i}"))
        .unwrap_or_default();
    let conditions: Vec<&str> = args.matchers.iter().map(|m| m.text.as_str()).collect();
    let matching = if conditions.is_empty() {
        String::new()
    } else {
        format!(" matching {}", conditions.join(" and "))
    };
    format!(
        "waiting for a capture{inbox}{matching} (up to {})",
        describe(args.timeout)
    )
}

fn timeout_message(args: &WaitArgs, search: &Search) -> String {
    let mut message = format!(
        "no matching capture arrived within {}",
        describe(args.timeout)
    );
    match (&search.last_miss, search.misses) {
        (Some(last), 1) => message.push_str(&format!("; one capture did not match ({last})")),
        (Some(last), n) => {
            message.push_str(&format!("; {n} captures did not match (the last, {last})"))
        }
        (None, _) => match &args.inbox {
            Some(inbox) => message.push_str(&format!("; no capture arrived in inbox {inbox}")),
            None => message.push_str("; no capture arrived"),
        },
    }
    message
}

fn describe(duration: Duration) -> String {
    let millis = duration.as_millis();
    if millis % 1000 == 0 {
        format!("{}s", millis / 1000)
    } else {
        format!("{millis}ms")
    }
}
