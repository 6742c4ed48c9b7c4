//! Naming stored captures again: those stored before recognition existed (the recognition
//! backlog, newest first) and a provider's captures when its saved secrets change.

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::{CaptureCheck, Header};

/// A stored capture, as much of it as naming needs.
pub struct Unnamed {
    pub rowid: i64,
    pub headers: Vec<Header>,
    pub body: Vec<u8>,
    pub received_at: i64,
    /// The inbox's own check, when it verified the capture on arrival.
    pub check: Option<CaptureCheck>,
}

/// A stored capture's new name.
pub struct Renamed {
    pub rowid: i64,
    pub provider: Option<String>,
    pub event: Option<String>,
    pub signature: Option<String>,
}

/// What to name again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Renaming {
    /// Captures stored before recognition existed.
    Backlog,
    /// The captures of this provider that their inbox did not verify (their signature state
    /// comes from the saved secrets).
    SignaturesOf(String),
}

impl Store {
    /// The highest rowid of the recognition backlog, if any is left.
    pub async fn recognition_backlog(&self) -> Result<Option<i64>> {
        self.read(|conn| {
            Ok(conn
                .query_row("SELECT upto FROM recognition_backlog", [], |row| row.get(0))
                .optional()?)
        })
        .await
    }

    /// Up to `limit` captures below `before` (a rowid), newest first.
    pub async fn captures_to_name(
        &self,
        which: Renaming,
        before: i64,
        limit: usize,
    ) -> Result<Vec<Unnamed>> {
        self.read(move |conn| {
            let (condition, provider) = match which {
                Renaming::Backlog => ("?3 IS NULL", None),
                Renaming::SignaturesOf(p) => ("provider = ?3 AND check_result IS NULL", Some(p)),
            };
            let sql = format!(
                "SELECT rowid, headers, body, received_at, check_result FROM captures
                  WHERE rowid < ?1 AND {condition} ORDER BY rowid DESC LIMIT ?2"
            );
            let mut statement = conn.prepare_cached(&sql)?;
            let rows = statement
                .query_map(params![before, limit as i64, provider], |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, Vec<u8>>(2)?,
                        row.get::<_, i64>(3)?,
                        row.get::<_, Option<String>>(4)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter()
                .map(|(rowid, headers, body, received_at, check)| {
                    let unreadable = |e: serde_json::Error| {
                        Error::Internal(format!("stored capture (row {rowid}) is unreadable: {e}"))
                    };
                    Ok(Unnamed {
                        rowid,
                        headers: serde_json::from_str(&headers).map_err(unreadable)?,
                        body,
                        received_at,
                        check: check
                            .map(|c| serde_json::from_str(&c).map_err(unreadable))
                            .transpose()?,
                    })
                })
                .collect()
        })
        .await
    }

    /// Stores new names. For the backlog, `backlog` is where it goes on (`Some(None)`: it is
    /// done).
    pub async fn set_capture_names(
        &self,
        names: Vec<Renamed>,
        backlog: Option<Option<i64>>,
    ) -> Result<()> {
        self.write(move |conn| {
            let mut update = conn.prepare_cached(
                "UPDATE captures SET provider = ?2, event = ?3, signature = ?4 WHERE rowid = ?1",
            )?;
            for n in names {
                update.execute(params![n.rowid, n.provider, n.event, n.signature])?;
            }
            match backlog {
                None => {}
                Some(Some(upto)) => {
                    conn.execute("UPDATE recognition_backlog SET upto = ?1", [upto])?;
                }
                Some(None) => {
                    conn.execute("DELETE FROM recognition_backlog", [])?;
                }
            }
            Ok(())
        })
        .await
    }
}
