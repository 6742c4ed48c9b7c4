//! `make bench`, the sender half: deliveries per second through Hookbench's durable outbox
//! against a bare reqwest loop posting the same signed bodies, in one run; then 10,000 pending
//! deliveries across a kill -9 and a restart. See bench/README.md.
//!
//! Usage: `delivery_bench PATH_TO_HOOKBENCH_BINARY`. Prints a table and `BENCH key=value` lines;
//! exits 1 when a target is missed, 2 when the run itself fails.

mod recorded;
mod sink;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use hookbench::model::{DeliveryFilter, DeliveryStatus, TriggerRequest, WebhookConfig};
use hookbench::serve::{self, ServeOptions};
use hookbench::{Config, Engine};
use sink::Sink;

#[global_allocator]
static ALLOCATOR: hookbench::Allocator = hookbench::Allocator;

const CONCURRENCY: usize = 32;
const THROUGHPUT_DELIVERIES: usize = 20_000;
const KILL_DELIVERIES: usize = 10_000;
const MIN_RATIO: f64 = 0.5;
const LIMIT: Duration = Duration::from_secs(300);

type Failure = Box<dyn std::error::Error>;

fn main() -> ExitCode {
    let Some(binary) = std::env::args().nth(1) else {
        eprintln!("usage: delivery_bench PATH_TO_HOOKBENCH_BINARY");
        return ExitCode::from(2);
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("bench: no runtime: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(&binary)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::from(2)
        }
    }
}

async fn run(binary: &str) -> Result<bool, Failure> {
    let sink = Sink::start().await?;
    let Throughput {
        bare_rate,
        outbox_rate,
        sent,
        recorded,
    } = throughput(&sink).await?;
    let ratio = outbox_rate / bare_rate;
    let ratio_ok = ratio >= MIN_RATIO;
    let recorded_ok = recorded.complete(THROUGHPUT_DELIVERIES, sent);
    let throughput_ok = ratio_ok && recorded_ok;
    println!("deliveries to a local sink, {CONCURRENCY} concurrent, {THROUGHPUT_DELIVERIES} each:");
    println!("  bare reqwest loop         {bare_rate:>9.0} /s");
    println!("  hookbench outbox          {outbox_rate:>9.0} /s");
    println!(
        "  ratio outbox/bare         {ratio:>9.2}    target >= {MIN_RATIO}: {}",
        verdict(ratio_ok)
    );
    println!(
        "  attempts recorded         {:>9}    for {sent} requests the sink received",
        recorded.attempts
    );
    println!(
        "  deliveries incomplete     {:>9}    of {} (not succeeded with the payload sent and the \
         sink's answer recorded)",
        recorded.incomplete, recorded.deliveries
    );
    println!("  every attempt recorded    {:>9}", verdict(recorded_ok));
    println!(
        "BENCH delivery bare_per_s={bare_rate:.0} outbox_per_s={outbox_rate:.0} ratio={ratio:.3} \
         sent={sent} attempts_recorded={} incomplete={}",
        recorded.attempts, recorded.incomplete
    );

    // DELIVERY_BENCH_PART=throughput skips the kill -9 half (for profiling the outbox alone).
    if std::env::var("DELIVERY_BENCH_PART").as_deref() == Ok("throughput") {
        return Ok(throughput_ok);
    }
    let kill = kill_and_restart(binary, &sink).await?;
    let cap = hookbench::services::delivery::outbox::DEFAULT_TOTAL_IN_FLIGHT
        * hookbench::services::delivery::outbox::RECORDING_FACTOR;
    let kill_ok = kill.lost == 0 && kill.resent_recorded == 0 && kill.duplicates <= cap;
    println!("{KILL_DELIVERIES} pending deliveries across kill -9 and restart:");
    println!("  delivered before the kill   {}", kill.before_kill);
    println!(
        "  lost                        {}   (target 0: {})",
        kill.lost,
        verdict(kill.lost == 0)
    );
    println!(
        "  in flight at the kill       {}   (sent, not yet recorded as delivered)",
        kill.in_flight_at_kill
    );
    println!(
        "  sent twice (same id)        {}   (only unrecorded ones: {}; at most {cap} can be in flight: {})",
        kill.duplicates,
        verdict(kill.resent_recorded == 0),
        verdict(kill.duplicates <= cap)
    );
    println!(
        "  restart to all delivered    {:.1} s",
        kill.drain.as_secs_f64()
    );
    println!(
        "BENCH kill9 pending={KILL_DELIVERIES} before_kill={} in_flight={} lost={} duplicates={} drain_s={:.1}",
        kill.before_kill,
        kill.in_flight_at_kill,
        kill.lost,
        kill.duplicates,
        kill.drain.as_secs_f64()
    );
    Ok(throughput_ok && kill_ok)
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "PASS"
    } else {
        "FAIL"
    }
}

fn webhook(url: &str, max_in_flight: usize) -> Result<WebhookConfig, Failure> {
    Ok(serde_json::from_value(json!({
        "name": "bench sink",
        "provider": "standard-webhooks",
        "url": url,
        "secrets": ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
        "retry": {"preset": "fast"},
        "max_in_flight": max_in_flight,
        "failure_threshold": 0,
    }))?)
}

fn event() -> TriggerRequest {
    TriggerRequest {
        provider: "standard-webhooks".into(),
        event: "user.created".into(),
        body: None,
        variant: None,
        webhook: None,
    }
}

/// Queues `count` deliveries with no worker running (the engine alone does not deliver).
async fn queue(engine: &Engine, count: usize) -> Result<(), Failure> {
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..64 {
        let engine = engine.clone();
        tasks.spawn(async move {
            let mut n = worker;
            while n < count {
                engine.deliveries().trigger(event()).await?;
                n += 64;
            }
            Ok::<(), hookbench::Error>(())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done??;
    }
    Ok(())
}

struct Throughput {
    bare_rate: f64,
    outbox_rate: f64,
    /// Requests the sink received from the outbox.
    sent: usize,
    recorded: recorded::Recorded,
}

/// Both loops deliver the same number of signed bodies to the same sink, one after the other.
/// The outbox's clock stops when every delivery is stored as succeeded; what was recorded is
/// checked after that, off the clock.
async fn throughput(sink: &Sink) -> Result<Throughput, Failure> {
    let dir = tempfile::tempdir()?;
    let engine = Engine::open(Config::new(dir.path()))?;
    engine
        .deliveries()
        .create_webhook(webhook(&sink.url("/outbox"), CONCURRENCY)?)
        .await?;
    queue(&engine, THROUGHPUT_DELIVERIES).await?;

    // The baseline posts the very requests the outbox will send, built from the same rows.
    let bodies = engine
        .deliveries()
        .list(DeliveryFilter {
            limit: Some(1000),
            ..DeliveryFilter::default()
        })
        .await?
        .deliveries;
    let mut payloads = Vec::new();
    for delivery in bodies.iter().take(100) {
        payloads.push(engine.deliveries().detail(&delivery.id).await?.payload.data);
    }
    let bare = bare_loop(&sink.url("/bare"), &payloads).await?;

    sink.reset();
    if let Ok(fifo) = std::env::var("PERF_CTL") {
        std::fs::write(fifo, "enable\n")?;
    }
    let started = Instant::now();
    let running = serve::start(engine.clone(), local()).await?;
    sink.wait_for(THROUGHPUT_DELIVERIES, LIMIT).await?;
    wait_until_done(dir.path(), THROUGHPUT_DELIVERIES).await?;
    let elapsed = started.elapsed();
    if let Ok(fifo) = std::env::var("PERF_CTL") {
        std::fs::write(fifo, "disable\n")?;
    }
    running.shutdown().await;
    Ok(Throughput {
        bare_rate: THROUGHPUT_DELIVERIES as f64 / bare.as_secs_f64(),
        outbox_rate: THROUGHPUT_DELIVERIES as f64 / elapsed.as_secs_f64(),
        sent: sink.total(),
        recorded: recorded::check(&engine, sink::ANSWER).await?,
    })
}

fn local() -> ServeOptions {
    ServeOptions {
        receiver: "127.0.0.1:0".parse().unwrap_or(serve::DEFAULT_RECEIVER),
        api: "127.0.0.1:0".parse().unwrap_or(serve::DEFAULT_API),
        ..ServeOptions::default()
    }
}

/// Waits (bounded) until `count` deliveries are stored as succeeded: the outbox's finish line.
/// Counted on a connection of its own: a count(*) on the status index every few milliseconds
/// costs the outbox next to nothing. Past the bound the clock stops anyway, and the check of
/// what was recorded reports the deliveries still missing.
async fn wait_until_done(dir: &std::path::Path, count: usize) -> Result<(), Failure> {
    let db = rusqlite::Connection::open_with_flags(
        dir.join("hookbench.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )?;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let succeeded: usize = db.query_row(
            "SELECT count(*) FROM deliveries WHERE status = 'succeeded'",
            [],
            |row| row.get(0),
        )?;
        if succeeded >= count || Instant::now() > deadline {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

async fn succeeded_ids(engine: &Engine) -> Result<std::collections::HashSet<String>, Failure> {
    let mut ids = std::collections::HashSet::new();
    let mut before = None;
    loop {
        let page = engine
            .deliveries()
            .list(DeliveryFilter {
                status: Some(DeliveryStatus::Succeeded),
                before: before.clone(),
                limit: Some(1000),
                ..DeliveryFilter::default()
            })
            .await?;
        ids.extend(page.deliveries.into_iter().map(|d| d.message_id));
        match page.next_before {
            Some(next) => before = Some(next),
            None => return Ok(ids),
        }
    }
}

async fn bare_loop(url: &str, payloads: &[String]) -> Result<Duration, Failure> {
    let client = reqwest::Client::new();
    let payloads = Arc::new(payloads.to_vec());
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..CONCURRENCY {
        let (client, url, payloads) = (client.clone(), url.to_owned(), payloads.clone());
        tasks.spawn(async move {
            let mut n = worker;
            while n < THROUGHPUT_DELIVERIES {
                let body = payloads[n % payloads.len()].clone();
                let response = client
                    .post(&url)
                    .header("content-type", "application/json")
                    .header("webhook-id", format!("bare_{n}"))
                    .body(body)
                    .send()
                    .await?;
                response.bytes().await?;
                n += CONCURRENCY;
            }
            Ok::<(), reqwest::Error>(())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done??;
    }
    Ok(started.elapsed())
}

struct KillResult {
    /// Deliveries sent again although the store had them as delivered (must be 0).
    resent_recorded: usize,
    before_kill: usize,
    lost: usize,
    duplicates: usize,
    in_flight_at_kill: usize,
    drain: Duration,
}

async fn kill_and_restart(binary: &str, sink: &Sink) -> Result<KillResult, Failure> {
    let dir = tempfile::tempdir()?;
    let engine = Engine::open(Config::new(dir.path()))?;
    engine
        .deliveries()
        .create_webhook(webhook(&sink.url("/kill"), CONCURRENCY)?)
        .await?;
    queue(&engine, KILL_DELIVERIES).await?;
    engine.close();
    sink.reset();

    let mut child = spawn(binary, dir.path())?;
    sink.wait_for(KILL_DELIVERIES / 3, LIMIT).await?;
    child.kill()?; // SIGKILL
    child.wait()?;
    let before_kill = sink.unique();
    // What the store holds as delivered: the rest of what the sink saw was in flight (on the
    // wire, or answered and not yet committed) when the process died.
    let engine = Engine::open(Config::new(dir.path()))?;
    let recorded = succeeded_ids(&engine).await?;
    engine.close();
    let in_flight_at_kill = before_kill.saturating_sub(recorded.len());

    let restarted = Instant::now();
    let mut child = spawn(binary, dir.path())?;
    let complete = sink.wait_for_unique(KILL_DELIVERIES, LIMIT).await;
    let drain = restarted.elapsed();
    child.kill()?;
    child.wait()?;
    complete?;
    let (total, unique) = (sink.total(), sink.unique());
    let twice = sink.sent_twice();
    Ok(KillResult {
        resent_recorded: twice.iter().filter(|id| recorded.contains(*id)).count(),
        before_kill,
        lost: KILL_DELIVERIES.saturating_sub(unique),
        duplicates: total - unique,
        in_flight_at_kill,
        drain,
    })
}

fn spawn(binary: &str, data: &std::path::Path) -> Result<Child, Failure> {
    let mut child = Command::new(binary)
        .args([
            "serve",
            "--receiver",
            "127.0.0.1:0",
            "--api",
            "127.0.0.1:0",
            "--emulator",
            "127.0.0.1:0",
            "--data",
        ])
        .arg(data)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let first = BufReader::new(stdout).lines().next();
    match first {
        Some(Ok(line)) if line.starts_with("receiver ") => Ok(child),
        other => Err(format!("hookbench serve did not start: {other:?}").into()),
    }
}
