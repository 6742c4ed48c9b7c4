//! What forwards and replays read from the deliveries and captures tables: the captures of a
//! time range in arrival order, and a replay's deliveries counted by status.

use rusqlite::params;

use super::Store;
use crate::base::error::Result;
use crate::model::ReplayProgress;

impl Store {
    /// Ids of the captures received in [from, to] (of one inbox, or all), oldest first.
    pub async fn capture_ids_between(
        &self,
        inbox: Option<String>,
        from: Option<i64>,
        to: Option<i64>,
        limit: usize,
    ) -> Result<Vec<String>> {
        self.read(move |conn| {
            let mut statement = conn.prepare_cached(
                "SELECT id FROM captures
                 WHERE (?1 IS NULL OR inbox = ?1) AND (?2 IS NULL OR received_at >= ?2)
                   AND (?3 IS NULL OR received_at <= ?3)
                 ORDER BY rowid LIMIT ?4",
            )?;
            let ids = statement
                .query_map(params![inbox, from, to, limit as i64], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(ids)
        })
        .await
    }

    /// A replay's deliveries by status; None when it has none (no such replay).
    pub async fn replay_progress(&self, id: String, key: String) -> Result<Option<ReplayProgress>> {
        self.read(move |conn| {
            let mut statement = conn.prepare_cached(
                "SELECT status, count(*), min(created_at), min(webhook_name) FROM deliveries
                 WHERE webhook_id = ?1 GROUP BY status",
            )?;
            let rows = statement
                .query_map([&key], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, u32>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let Some((_, _, created_at, url)) = rows.first().cloned() else {
                return Ok(None);
            };
            let count = |names: &[&str]| -> u32 {
                rows.iter()
                    .filter(|(status, ..)| names.contains(&status.as_str()))
                    .map(|(_, n, ..)| n)
                    .sum()
            };
            Ok(Some(ReplayProgress {
                deliveries_filter: key.clone(),
                id,
                url,
                total: rows.iter().map(|(_, n, ..)| n).sum(),
                waiting: count(&["pending", "retrying"]),
                succeeded: count(&["succeeded"]),
                failed: count(&["failed"]),
                cancelled: count(&["cancelled"]),
                created_at,
            }))
        })
        .await
    }
}
