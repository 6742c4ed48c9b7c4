//! The SQLite store: one writer thread with group commit (see `writer`), readers on their own
//! connections. Each submodule owns its tables.

mod attempts;
mod capture_naming;
mod capture_query;
mod captures;
mod checkpoint;
mod deliveries;
mod emulator_keys;
mod emulator_registrations;
mod inboxes;
mod migrations;
mod provider_secrets;
mod relays;
mod samples;
mod seal;
mod search_index;
mod settings;
mod webhook_log;
mod webhooks;
mod writer;

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OpenFlags};

use crate::base::error::{Error, Result};
use seal::Sealer;
use writer::{Writer, WriterThread};

pub use attempts::{NewAttempt, NewResponse, Recorded, Recording, Verdict};
pub use capture_naming::{Renamed, Renaming, Unnamed};
pub use captures::NewCapture;
pub use deliveries::{Due, NewDelivery, OutboxItem};
pub use seal::{KeySource, NO_KEYCHAIN_ENV};
pub use webhook_log::LogEntry;

const DB_FILE: &str = "hookbench.db";

#[derive(Clone)]
pub struct Store {
    writer: Writer,
    sealer: Arc<Sealer>,
    readers: Option<Arc<ReaderPool>>,
    thread: Arc<Mutex<Option<WriterThread>>>,
}

struct ReaderPool {
    path: std::path::PathBuf,
    sealer: Arc<Sealer>,
    idle: Mutex<Vec<Connection>>,
}

impl Store {
    pub fn open(dir: &Path) -> Result<Store> {
        let path = dir.join(DB_FILE);
        let sealer = Arc::new(Sealer::for_data_dir(dir)?);
        let mut conn = Connection::open(&path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a commit is on disk before any caller hears Ok. Group commit pays for it.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted and overwritten content is zeroed: an old plain secret does not linger.
        conn.pragma_update(None, "secure_delete", "ON")?;
        sealer.register(&conn)?;
        migrations::apply(&mut conn)?;
        seal_plain_rows(&conn)?;
        // Checkpoints run on their own thread (see `checkpoint`); the writer checkpoints only
        // once the WAL passes this many pages, to finish what that thread has mostly copied.
        conn.pragma_update(
            None,
            "wal_autocheckpoint",
            checkpoint::WRITER_THRESHOLD_PAGES,
        )?;
        let checkpointer = checkpoint::Checkpointer::spawn(&path)?;
        let readers = Arc::new(ReaderPool {
            path,
            sealer: sealer.clone(),
            idle: Mutex::new(Vec::new()),
        });
        Store::start(conn, sealer, Some(readers), Some(checkpointer))
    }

    /// A private database that lives as long as this store: for tests and throwaway runs.
    pub fn open_in_memory() -> Result<Store> {
        let sealer = Arc::new(Sealer::ephemeral());
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        sealer.register(&conn)?;
        migrations::apply(&mut conn)?;
        Store::start(conn, sealer, None, None)
    }

    /// Where the key that seals stored secrets is kept.
    pub fn key_source(&self) -> &KeySource {
        &self.sealer.source
    }

    fn start(
        conn: Connection,
        sealer: Arc<Sealer>,
        readers: Option<Arc<ReaderPool>>,
        checkpointer: Option<checkpoint::Checkpointer>,
    ) -> Result<Store> {
        let (writer, thread) = Writer::spawn(conn, checkpointer)?;
        Ok(Store {
            writer,
            sealer,
            readers,
            thread: Arc::new(Mutex::new(Some(thread))),
        })
    }

    /// Runs `work` in the writer's transaction; resolves once it is committed (durable).
    pub async fn write<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        self.writer.call(work).await
    }

    /// Like `write`, for work that is a single SQL statement (no savepoint needed).
    pub async fn write_single<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        self.writer.call_single(work).await
    }

    /// Runs `work` on a reader connection, off the async threads.
    pub async fn read<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let Some(pool) = self.readers.clone() else {
            // An in-memory database has one connection: the writer's.
            return self.writer.call(work).await;
        };
        tokio::task::spawn_blocking(move || {
            let conn = pool.take()?;
            let result = work(&conn);
            pool.give_back(conn);
            result
        })
        .await
        .map_err(|e| Error::Internal(format!("a store read failed: {e}")))?
    }

    /// Like `read`, for a point lookup by key (tens of microseconds): it runs on the calling
    /// thread, since handing it to another thread and back costs more than the query.
    pub async fn read_point<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let Some(pool) = self.readers.as_ref() else {
            return self.writer.call(work).await;
        };
        let conn = pool.take()?;
        let result = work(&conn);
        pool.give_back(conn);
        result
    }

    /// Commits everything queued and stops the writer. Later writes fail with StoreClosed.
    pub fn close(&self) {
        let thread = self.thread.lock().ok().and_then(|mut slot| slot.take());
        if let Some(thread) = thread {
            thread.stop();
        }
    }
}

/// Seals configurations stored before sealing existed (or by hand).
fn seal_plain_rows(conn: &Connection) -> Result<()> {
    for table in ["webhooks", "inboxes"] {
        conn.execute(
            &format!("UPDATE {table} SET config = seal(config) WHERE config NOT LIKE 'sealed:%'"),
            [],
        )?;
    }
    Ok(())
}

impl ReaderPool {
    fn take(&self) -> Result<Connection> {
        if let Some(conn) = self.idle.lock().ok().and_then(|mut idle| idle.pop()) {
            return Ok(conn);
        }
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        self.sealer.register(&conn)?;
        Ok(conn)
    }

    fn give_back(&self, conn: Connection) {
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < 8 {
                idle.push(conn);
            }
        }
    }
}
