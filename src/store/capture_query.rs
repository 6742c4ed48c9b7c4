//! Listing captures: newest first, paged, filtered, and searched through the FTS5 index.

use rusqlite::params;

use super::captures::{summary_from_row, SUMMARY_COLUMNS};
use super::search_index::index_pending;
use super::Store;
use crate::base::error::Result;
use crate::model::{CaptureFilter, CaptureList, CaptureSummary};

const MAX_PAGE: u32 = 1000;

impl Store {
    /// Newest first (in the order they were stored), paged by the id of the last capture seen.
    /// A search walks the FTS5 index backwards and stops at the page size, so a word found in
    /// every capture costs no more than one found in a few.
    pub async fn list_captures(&self, filter: CaptureFilter) -> Result<CaptureList> {
        let limit = filter.limit.unwrap_or(200).clamp(1, MAX_PAGE);
        let search = filter.q.as_deref().and_then(fts_query);
        if search.is_some() {
            // Everything stored before this search is searchable by it.
            self.write(|conn| index_pending(conn, usize::MAX)).await?;
        }
        self.read(move |conn| {
            let columns = SUMMARY_COLUMNS
                .split(", ")
                .map(|column| format!("c.{column}"))
                .collect::<Vec<_>>()
                .join(", ");
            let (from, order) = if search.is_some() {
                (
                    "captures_fts f JOIN captures c ON c.rowid = f.rowid WHERE captures_fts MATCH ?6",
                    "f.rowid",
                )
            } else {
                ("captures c WHERE ?6 IS NULL", "c.rowid")
            };
            // The cursor is the first capture at or after `before` (still right if it was deleted).
            let sql = format!(
                "SELECT {columns} FROM {from}
                   AND {order} < coalesce(
                       (SELECT rowid FROM captures WHERE id >= ?1 ORDER BY id LIMIT 1),
                       9223372036854775807)
                   AND (?2 IS NULL OR c.inbox = ?2) AND (?3 IS NULL OR c.method = ?3)
                   AND (?4 IS NULL OR c.received_at >= ?4) AND (?5 IS NULL OR c.received_at <= ?5)
                   AND (?8 IS NULL OR c.provider = ?8)
                   AND (?9 IS NULL OR c.event = ?9 OR substr(c.event, 1, length(?9) + 1) = ?9 || '.')
                 ORDER BY {order} DESC LIMIT ?7"
            );
            let mut statement = conn.prepare_cached(&sql)?;
            let captures = statement
                .query_map(
                    params![
                        filter.before,
                        filter.inbox,
                        filter.method.map(|m| m.to_ascii_uppercase()),
                        filter.from,
                        filter.to,
                        search,
                        limit + 1,
                        filter.provider,
                        filter.event,
                    ],
                    summary_from_row,
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(page(captures, limit as usize))
        })
        .await
    }
}

/// A person's search text as an FTS5 query: every word must appear (as a prefix), in any column.
/// Quoting each word keeps FTS5 operators and punctuation from being interpreted.
fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split_whitespace()
        .map(|word| format!("\"{}\"*", word.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

fn page(mut captures: Vec<CaptureSummary>, limit: usize) -> CaptureList {
    let more = captures.len() > limit;
    captures.truncate(limit);
    let next_before = if more {
        captures.last().map(|c| c.id.clone())
    } else {
        None
    };
    CaptureList {
        captures,
        next_before,
    }
}
