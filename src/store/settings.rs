//! The settings table, and retention: deleting the captures the settings no longer keep.

use rusqlite::{params, OptionalExtension};

use super::captures::delete_where;
use super::Store;
use crate::base::error::{Error, Result};
use crate::model::LastScreen;
use crate::model::{Retention, Settings};

const KEY: &str = "settings";
const LAST_SCREEN: &str = "last_screen";

impl Store {
    pub async fn settings(&self) -> Result<Settings> {
        self.read(|conn| {
            let stored: Option<String> = conn
                .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |row| {
                    row.get(0)
                })
                .optional()?;
            match stored {
                None => Ok(Settings::default()),
                Some(json) => serde_json::from_str(&json).map_err(|e| {
                    Error::Internal(format!("the stored settings are unreadable: {e}"))
                }),
            }
        })
        .await
    }

    pub async fn save_settings(&self, settings: Settings) -> Result<Settings> {
        let json = serde_json::to_string(&settings)
            .map_err(|e| Error::Internal(format!("the settings could not be encoded: {e}")))?;
        self.write(move |conn| {
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![KEY, json],
            )?;
            Ok(settings)
        })
        .await
    }

    /// The screen the UI showed last; kept apart from the settings, which it writes often.
    pub async fn last_screen(&self) -> Result<LastScreen> {
        self.read(|conn| {
            let stored: Option<String> = conn
                .query_row(
                    "SELECT value FROM settings WHERE key = ?1",
                    [LAST_SCREEN],
                    |row| row.get(0),
                )
                .optional()?;
            Ok(LastScreen { screen: stored })
        })
        .await
    }

    pub async fn save_last_screen(&self, last: LastScreen) -> Result<LastScreen> {
        self.write(move |conn| {
            match &last.screen {
                Some(screen) => conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    params![LAST_SCREEN, screen],
                )?,
                None => conn.execute("DELETE FROM settings WHERE key = ?1", [LAST_SCREEN])?,
            };
            Ok(last)
        })
        .await
    }

    /// Deletes what `retention` does not keep, as of `now` (unix ms); returns how many.
    pub async fn prune(&self, retention: Retention, now: i64) -> Result<u64> {
        self.write(move |conn| {
            let mut removed = 0;
            if let Some(days) = retention.keep_days {
                let cutoff = now - i64::from(days) * 86_400_000;
                removed += delete_where(conn, "received_at < ?1", params![cutoff])?;
            }
            if let Some(keep) = retention.keep_last {
                let offset = keep.saturating_sub(1).min(i64::MAX as u64) as i64;
                removed += delete_where(
                    conn,
                    "id < (SELECT id FROM captures ORDER BY id DESC LIMIT 1 OFFSET ?1)",
                    params![offset],
                )?;
            }
            Ok(removed)
        })
        .await
    }
}
