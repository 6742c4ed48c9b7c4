//! The one writer: a thread that owns the write connection and commits in groups.
//!
//! Callers send jobs; the thread takes every job waiting in the queue, runs each in its own
//! savepoint inside one transaction, commits once, and only then answers the callers. So a
//! caller that got `Ok` knows its rows are durable, and a burst of writes costs one fsync.

use std::sync::mpsc;
use std::thread::JoinHandle;

use rusqlite::Connection;
use tokio::sync::oneshot;

use super::checkpoint::Checkpointer;
use crate::base::error::{Error, Result};

/// The most jobs folded into one transaction: bounds commit latency under a flood.
const MAX_GROUP: usize = 256;

/// How long the queue must stay empty before idle work (search indexing) runs.
const IDLE_AFTER: std::time::Duration = std::time::Duration::from_millis(20);

/// Called after the group's COMMIT with its outcome.
type Finish = Box<dyn FnOnce(Result<()>) + Send>;
/// Runs inside the group's transaction, or is told why there is none.
type Job = Box<dyn FnOnce(Result<&Connection>) -> Finish + Send>;

enum Message {
    Job(Job),
    /// Commit what is queued before this, then stop.
    Stop,
}

#[derive(Clone)]
pub struct Writer {
    queue: mpsc::Sender<Message>,
}

pub struct WriterThread {
    handle: JoinHandle<()>,
    queue: mpsc::Sender<Message>,
}

impl WriterThread {
    /// Commits every job queued so far, then stops the thread and waits for it.
    pub fn stop(self) {
        let _ = self.queue.send(Message::Stop);
        let _ = self.handle.join();
    }
}

impl Writer {
    pub fn spawn(
        conn: Connection,
        checkpointer: Option<Checkpointer>,
    ) -> Result<(Writer, WriterThread)> {
        let (sender, queue) = mpsc::channel::<Message>();
        let handle = std::thread::Builder::new()
            .name("hookbench-store-writer".into())
            .spawn(move || run(conn, queue, checkpointer))
            .map_err(|e| Error::io("could not start the store writer thread", e))?;
        let writer = Writer {
            queue: sender.clone(),
        };
        Ok((
            writer,
            WriterThread {
                handle,
                queue: sender,
            },
        ))
    }

    /// Runs `work` in the writer's transaction; resolves once the transaction is committed.
    pub async fn call<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        self.submit(work, true).await
    }

    /// For a job of one statement: a statement that fails undoes itself, so it needs no
    /// savepoint of its own (two statements fewer on the capture hot path).
    pub async fn call_single<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        self.submit(work, false).await
    }

    async fn submit<T, F>(&self, work: F, savepoint: bool) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel::<Result<T>>();
        let job: Job = Box::new(move |conn| match conn {
            Ok(conn) => {
                let outcome = if savepoint {
                    in_savepoint(conn, work)
                } else {
                    work(conn)
                };
                Box::new(move |committed: Result<()>| {
                    let _ = reply.send(committed.and(outcome));
                })
            }
            Err(e) => {
                let _ = reply.send(Err(e));
                Box::new(|_| {})
            }
        });
        self.queue
            .send(Message::Job(job))
            .map_err(|_| Error::StoreClosed)?;
        answer.await.map_err(|_| Error::StoreClosed)?
    }
}

/// Each job in its own savepoint: a failing job is undone without undoing its group. The
/// statements are cached: they run once per job, thousands of times a second.
pub(super) fn in_savepoint<T>(
    conn: &Connection,
    work: impl FnOnce(&Connection) -> Result<T>,
) -> Result<T> {
    conn.prepare_cached("SAVEPOINT job")?.execute([])?;
    match work(conn) {
        Ok(value) => {
            conn.prepare_cached("RELEASE job")?.execute([])?;
            Ok(value)
        }
        Err(e) => {
            conn.prepare_cached("ROLLBACK TO job")?.execute([])?;
            conn.prepare_cached("RELEASE job")?.execute([])?;
            Err(e)
        }
    }
}

fn run(conn: Connection, queue: mpsc::Receiver<Message>, checkpointer: Option<Checkpointer>) {
    let mut stopping = false;
    // Whether idle work (search indexing) may be waiting: after every group, until a pass finds
    // less than a full batch.
    let mut idle_work = true;
    while !stopping {
        let next = if idle_work {
            // Idle work waits for a lull, so that it never slows a burst of writes down.
            match queue.recv_timeout(IDLE_AFTER) {
                Ok(message) => Ok(message),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    idle_work = run_idle(&conn);
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        } else {
            queue.recv().map_err(|_| ())
        };
        let Ok(Message::Job(first)) = next else {
            break;
        };
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match queue.try_recv() {
                Ok(Message::Job(job)) => group.push(job),
                Ok(Message::Stop) => {
                    stopping = true;
                    break;
                }
                Err(_) => break,
            }
        }
        commit_group(&conn, group);
        if let Some(checkpointer) = &checkpointer {
            checkpointer.committed();
        }
        idle_work = true;
    }
    // Jobs sent after Stop are dropped here; their callers get StoreClosed.
}

/// One pass of idle work in its own transaction; true when more may be waiting.
fn run_idle(conn: &Connection) -> bool {
    let pass = || -> Result<usize> {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        match super::search_index::index_pending(conn, super::search_index::IDLE_BATCH) {
            Ok(count) => {
                conn.execute_batch("COMMIT")?;
                Ok(count)
            }
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    };
    match pass() {
        Ok(count) => count == super::search_index::IDLE_BATCH,
        Err(e) => {
            // Searches index what they need themselves; try again after the next write.
            tracing::warn!("indexing captures for search failed: {e}");
            false
        }
    }
}

fn commit_group(conn: &Connection, group: Vec<Job>) {
    if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
        for job in group {
            drop(job(Err(copy_error(&e))));
        }
        return;
    }
    let finishers: Vec<Finish> = group.into_iter().map(|job| job(Ok(conn))).collect();
    let committed = conn.execute_batch("COMMIT");
    if committed.is_err() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    for finish in finishers {
        finish(committed.as_ref().map(|_| ()).map_err(copy_error));
    }
}

/// rusqlite errors are not Clone: each job gets the failure, classified (a full disk stays one).
fn copy_error(e: &rusqlite::Error) -> Error {
    match e {
        rusqlite::Error::SqliteFailure(..) => Error::from(copy_sqlite(e)),
        other => Error::Internal(other.to_string()),
    }
}

fn copy_sqlite(e: &rusqlite::Error) -> rusqlite::Error {
    match e {
        rusqlite::Error::SqliteFailure(code, message) => {
            rusqlite::Error::SqliteFailure(*code, message.clone())
        }
        other => rusqlite::Error::InvalidParameterName(other.to_string()),
    }
}
