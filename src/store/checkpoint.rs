//! WAL checkpoints, mostly on a thread of their own. Left to SQLite alone, a commit that finds
//! the WAL over its threshold copies all of it back into the database file (and syncs that)
//! before it returns, on the one writer thread every capture and attempt waits for. Here the
//! writer signals that it committed, and this thread runs passive checkpoints, which never
//! block the writer or the readers, at most every [`INTERVAL`].
//!
//! A passive checkpoint alone never lets the WAL start over under a steady stream of commits:
//! SQLite rewinds the WAL only when a write begins with every frame copied back, and the writer
//! has always appended more by then. So the writer's connection keeps SQLite's own checkpoint
//! at [`WRITER_THRESHOLD_PAGES`]: a commit past it copies the few frames this thread has not
//! (cheap), and the next write rewinds the WAL. It stays a few MB instead of growing by
//! everything written until the first lull.

use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError, SyncSender, TryRecvError};
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::base::error::{Error, Result};

/// How often, at most, under a steady stream of commits: the WAL grows by what is written in
/// this time before it is copied back.
const INTERVAL: Duration = Duration::from_millis(100);

/// The writer's own checkpoint threshold (SQLite's default, 4 MB of 4 KiB pages).
pub const WRITER_THRESHOLD_PAGES: i64 = 1000;

/// The writer's end: a commit happened.
pub struct Checkpointer {
    signal: SyncSender<()>,
}

impl Checkpointer {
    /// Opens a connection of its own to the database and starts the thread.
    pub fn spawn(path: &Path) -> Result<Checkpointer> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let (signal, commits) = mpsc::sync_channel::<()>(1);
        std::thread::Builder::new()
            .name("hookbench-store-checkpoint".into())
            .spawn(move || run(&conn, &commits))
            .map_err(|e| Error::io("could not start the store checkpoint thread", e))?;
        Ok(Checkpointer { signal })
    }

    /// Never blocks: a signal already waiting covers this commit too.
    pub fn committed(&self) {
        let _ = self.signal.try_send(());
    }
}

/// Until the writer is gone (its sender dropped), then one last checkpoint.
fn run(conn: &Connection, commits: &mpsc::Receiver<()>) {
    let mut last = Instant::now();
    while commits.recv().is_ok() {
        let wait_until = last + INTERVAL;
        let open = absorb_until(commits, wait_until);
        checkpoint(conn);
        last = Instant::now();
        if !open {
            return;
        }
    }
    checkpoint(conn);
}

/// Takes further signals until `deadline`; false when the writer went away meanwhile.
fn absorb_until(commits: &mpsc::Receiver<()>, deadline: Instant) -> bool {
    loop {
        let now = Instant::now();
        if now >= deadline {
            return !matches!(commits.try_recv(), Err(TryRecvError::Disconnected));
        }
        match commits.recv_timeout(deadline - now) {
            Ok(()) => {}
            Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

fn checkpoint(conn: &Connection) {
    let result = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
        row.get::<_, i64>(0)
    });
    if let Err(e) = result {
        // The next one copies what this one could not; the WAL only grows meanwhile.
        tracing::warn!("a WAL checkpoint failed: {e}");
    }
}
