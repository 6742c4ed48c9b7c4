//! The durable floor of `make bench`: the least a receiver can do and still answer 200 only once
//! a request is on disk. Hookbench's durable capture is measured against it (bench/README.md).
//!
//! The HTTP side is `bare_receiver`'s (hyper-util's auto builder, http1 with TokioTimer and the
//! receiver's header read timeout, tokio's multi-thread runtime, the same allocator). The store is
//! Hookbench's SQLite build (rusqlite bundled, with `.cargo/config.toml`'s fdatasync flag) in WAL
//! mode with `synchronous=FULL`, written by one thread that commits every request waiting in its
//! queue in one transaction (group commit, at most 256 like Hookbench's writer) and answers the
//! requests only after that COMMIT returned. One table holds method, path, query, headers and
//! body; nothing else is kept, indexed, parsed or published.
//!
//! WAL checkpoints run as in Hookbench's store (src/store/checkpoint.rs): passive ones on a thread
//! of their own, at most every 100 ms after a commit, with SQLite's own at 1,000 pages left to
//! the writer. Left to SQLite alone, the commit that crosses 1,000 pages copies the whole WAL back
//! and syncs the database file while every request waits: 10 to 30% fewer requests per second
//! here, a handicap a floor must not carry (Hookbench does not).
//!
//! Usage: `durable_probe DIRECTORY` (the database is DIRECTORY/probe.db, table `requests`).
//! Listens on 127.0.0.1:0, prints `listening http://127.0.0.1:PORT`, runs until SIGTERM/SIGINT,
//! then finishes the requests in flight and commits what is queued before it exits.

use std::convert::Infallible;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use rusqlite::Connection;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

#[global_allocator]
static ALLOCATOR: hookbench::Allocator = hookbench::Allocator;

const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// The most requests folded into one transaction, as in Hookbench's writer.
const MAX_GROUP: usize = 256;
/// The least time between two passive checkpoints, as in Hookbench's store.
const CHECKPOINT_INTERVAL: Duration = Duration::from_millis(100);

/// One request as it is stored.
struct Row {
    method: String,
    path: String,
    query: Option<String>,
    /// `name: value\r\n` per header, in hyper's order.
    headers: Vec<u8>,
    body: Bytes,
}

/// A row and where to say that it is durable (its rowid) or why it is not.
type Job = (Row, oneshot::Sender<Result<i64, String>>);

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: durable_probe DIRECTORY (where probe.db is created)");
        return ExitCode::from(2);
    };
    let path = dir.join("probe.db");
    let (conn, checkpoints) = match open(&path).and_then(|c| Ok((c, Connection::open(&path)?))) {
        Ok(pair) => pair,
        Err(e) => {
            eprintln!("error: could not open {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let (committed, commits) = mpsc::sync_channel::<()>(1);
    let checkpointer = std::thread::Builder::new()
        .name("probe-checkpoint".into())
        .spawn(move || checkpoint_after_commits(&checkpoints, &commits));
    if let Err(e) = checkpointer {
        eprintln!("error: could not start the checkpoint thread: {e}");
        return ExitCode::FAILURE;
    }
    let (queue, jobs) = mpsc::channel::<Job>();
    let writer = match std::thread::Builder::new()
        .name("probe-writer".into())
        .spawn(move || write_groups(&conn, &jobs, &committed))
    {
        Ok(handle) => handle,
        Err(e) => {
            eprintln!("error: could not start the writer thread: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: could not start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let served = runtime.block_on(serve(queue));
    drop(runtime);
    // Every sender is gone with the runtime: the writer commits what is left and stops.
    if writer.join().is_err() {
        eprintln!("error: the writer thread panicked");
        return ExitCode::FAILURE;
    }
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS requests (
             id      INTEGER PRIMARY KEY,
             method  TEXT NOT NULL,
             path    TEXT NOT NULL,
             query   TEXT,
             headers BLOB NOT NULL,
             body    BLOB NOT NULL
         ) STRICT",
    )?;
    Ok(conn)
}

/// The writer: every job waiting in the queue goes into one transaction; the callers hear back
/// only after its COMMIT (an fdatasync of the WAL) returned.
fn write_groups(conn: &Connection, jobs: &mpsc::Receiver<Job>, committed: &mpsc::SyncSender<()>) {
    while let Ok(first) = jobs.recv() {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match jobs.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        let outcome = commit(conn, &group);
        // Never blocks: a signal already waiting covers this commit too.
        let _ = committed.try_send(());
        for (index, (_, reply)) in group.into_iter().enumerate() {
            let answer = match &outcome {
                Ok(ids) => Ok(ids[index]),
                Err(e) => Err(e.to_string()),
            };
            let _ = reply.send(answer);
        }
    }
}

/// Passive checkpoints never block the writer; they stop when the writer is gone.
fn checkpoint_after_commits(conn: &Connection, commits: &mpsc::Receiver<()>) {
    while commits.recv().is_ok() {
        std::thread::sleep(CHECKPOINT_INTERVAL);
        if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
            row.get::<_, i64>(0)
        }) {
            eprintln!("a WAL checkpoint failed: {e}");
        }
    }
}

fn commit(conn: &Connection, group: &[Job]) -> rusqlite::Result<Vec<i64>> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    match insert_all(conn, group).and_then(|ids| conn.execute_batch("COMMIT").map(|()| ids)) {
        Ok(ids) => Ok(ids),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

fn insert_all(conn: &Connection, group: &[Job]) -> rusqlite::Result<Vec<i64>> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO requests (method, path, query, headers, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut ids = Vec::with_capacity(group.len());
    for (row, _) in group {
        insert.execute((
            &row.method,
            &row.path,
            &row.query,
            &row.headers,
            row.body.as_ref(),
        ))?;
        ids.push(conn.last_insert_rowid());
    }
    Ok(ids)
}

async fn serve(queue: mpsc::Sender<Job>) -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "listening http://{addr}")?;
        out.flush()?;
    }
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let stop = stop_signal();
    tokio::pin!(stop);
    loop {
        let (stream, _remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    eprintln!("accept failed: {e}");
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let queue = queue.clone();
        let service = service_fn(move |request| store(queue.clone(), request));
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection.into_owned());
        tokio::spawn(async move {
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
    Ok(())
}

async fn store(
    queue: mpsc::Sender<Job>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (parts, body) = request.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            return Ok(answer(
                StatusCode::BAD_REQUEST,
                "the body could not be read",
            ))
        }
    };
    let mut headers = Vec::new();
    for (name, value) in &parts.headers {
        headers.extend_from_slice(name.as_str().as_bytes());
        headers.extend_from_slice(b": ");
        headers.extend_from_slice(value.as_bytes());
        headers.extend_from_slice(b"\r\n");
    }
    let row = Row {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers,
        body,
    };
    let (reply, stored) = oneshot::channel();
    if queue.send((row, reply)).is_err() {
        return Ok(answer(
            StatusCode::SERVICE_UNAVAILABLE,
            "the writer stopped",
        ));
    }
    Ok(match stored.await {
        Ok(Ok(id)) => {
            let mut response =
                Response::new(Full::new(Bytes::from(format!("{{\"stored\":{id}}}"))));
            response.headers_mut().insert(
                hyper::header::CONTENT_TYPE,
                hyper::header::HeaderValue::from_static("application/json"),
            );
            response
        }
        Ok(Err(e)) => answer(StatusCode::INTERNAL_SERVER_ERROR, &e),
        Err(_) => answer(StatusCode::SERVICE_UNAVAILABLE, "the writer stopped"),
    })
}

fn answer(status: StatusCode, error: &str) -> Response<Full<Bytes>> {
    let body = serde_json::json!({ "error": error }).to_string();
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}

async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut terminate) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
