//! Listing captures: newest first, paged, filtered, and searched through the FTS5 index.

use rusqlite::params;

use super::captures::{summary_from_row, SUMMARY_COLUMNS};
use super::Store;
use crate::error::Result;
use crate::model::{CaptureFilter, CaptureList, CaptureSummary};

const MAX_PAGE: u32 = 1000;

impl Store {
    pub async fn list_captures(&self, filter: CaptureFilter) -> Result<CaptureList> {
        let limit = filter.limit.unwrap_or(200).clamp(1, MAX_PAGE);
        let search = filter.q.as_deref().and_then(fts_query);
        self.read(move |conn| {
            let search_clause = if search.is_some() {
                "AND rowid IN (SELECT rowid FROM captures_fts WHERE captures_fts MATCH ?6)"
            } else {
                "AND ?6 IS NULL"
            };
            let sql = format!(
                "SELECT {SUMMARY_COLUMNS} FROM captures
                 WHERE (?1 IS NULL OR id < ?1) AND (?2 IS NULL OR inbox = ?2)
                   AND (?3 IS NULL OR method = ?3) AND (?4 IS NULL OR received_at >= ?4)
                   AND (?5 IS NULL OR received_at <= ?5) {search_clause}
                 ORDER BY id DESC LIMIT ?7"
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
                        limit + 1
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
