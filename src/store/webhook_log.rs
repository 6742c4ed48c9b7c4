//! The attempt log of one provider's webhooks, one row per attempt (and one per delivery not yet
//! attempted), as a provider's "webhook logs" API shows it. Read only; the rows are the
//! deliveries' and attempts' own.

use rusqlite::Row;

use super::Store;
use crate::base::error::Result;

/// One line of the log.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    /// The attempt's id, or the delivery's while it has none.
    pub id: String,
    pub webhook_id: String,
    pub delivery_id: String,
    pub event: String,
    /// 1 for the first attempt; 0 for a delivery not attempted yet.
    pub attempt: u32,
    /// `success`, `failed`, `pending` or `cancelled`.
    pub status: String,
    pub response_code: Option<u16>,
    pub error_message: Option<String>,
    pub duration_ms: Option<f64>,
    /// Unix ms: when the attempt started, or the delivery was queued.
    pub created_at: i64,
}

const LOG: &str = "
    SELECT a.id, d.webhook_id, d.id, d.event, a.number,
           CASE WHEN a.succeeded THEN 'success' ELSE 'failed' END,
           a.response_status, a.error_message, a.total_ms, a.started_at
    FROM attempts a JOIN deliveries d ON d.id = a.delivery_id
    WHERE d.provider = ?1 AND d.source IN ('trigger', 'test', 'capture')
      AND (?2 IS NULL OR d.webhook_id = ?2)
    UNION ALL
    SELECT d.id, d.webhook_id, d.id, d.event, 0,
           CASE WHEN d.status = 'cancelled' THEN 'cancelled' ELSE 'pending' END,
           NULL, NULL, NULL, d.created_at
    FROM deliveries d
    WHERE d.provider = ?1 AND d.source IN ('trigger', 'test', 'capture') AND d.attempts = 0
      AND (?2 IS NULL OR d.webhook_id = ?2)
    ORDER BY 10 DESC, 1 DESC";

impl Store {
    /// Newest first; only `webhook`'s when given.
    pub async fn webhook_log(
        &self,
        provider: String,
        webhook: Option<String>,
    ) -> Result<Vec<LogEntry>> {
        self.read(move |conn| {
            let mut statement = conn.prepare_cached(LOG)?;
            let rows = statement
                .query_map(rusqlite::params![provider, webhook], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }
}

fn from_row(row: &Row) -> rusqlite::Result<LogEntry> {
    Ok(LogEntry {
        id: row.get(0)?,
        webhook_id: row.get(1)?,
        delivery_id: row.get(2)?,
        event: row.get(3)?,
        attempt: row.get(4)?,
        status: row.get(5)?,
        response_code: row.get(6)?,
        error_message: row.get(7)?,
        duration_ms: row.get(8)?,
        created_at: row.get(9)?,
    })
}
