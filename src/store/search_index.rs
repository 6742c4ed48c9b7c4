//! The search index (FTS5) is filled behind the captures: by the writer when it has nothing
//! else to do, and completely before any search runs, so a search sees every capture stored
//! before it while a burst of captures pays no indexing on its acknowledgement path.

use rusqlite::types::ValueRef;
use rusqlite::{params, Connection};

use crate::base::error::Result;
use crate::model::Header;

/// Bodies are indexed up to this size; larger ones are searchable by their start.
const MAX_INDEXED_BODY: i64 = 1024 * 1024;

/// How many captures one idle pass indexes before the writer looks at its queue again.
pub(super) const IDLE_BATCH: usize = 256;

/// Indexes up to `max` captures not yet in the index; returns how many it indexed.
pub(super) fn index_pending(conn: &Connection, max: usize) -> Result<usize> {
    let upto: i64 = conn
        .prepare_cached("SELECT upto FROM search_watermark WHERE id = 1")?
        .query_row([], |row| row.get(0))?;
    let mut select = conn.prepare_cached(
        "SELECT rowid, method, path, query, headers, substr(body, 1, ?3)
         FROM captures WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO captures_fts (rowid, method, path, headers, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let limit = i64::try_from(max).unwrap_or(i64::MAX);
    let mut rows = select.query(params![upto, limit, MAX_INDEXED_BODY])?;
    let mut last = upto;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        let method: String = row.get(1)?;
        let path: String = row.get(2)?;
        let query: Option<String> = row.get(3)?;
        let headers: String = row.get(4)?;
        // substr() of an empty blob is an empty text, not a blob: take either.
        let body = match row.get_ref(5)? {
            ValueRef::Blob(bytes) | ValueRef::Text(bytes) => {
                String::from_utf8_lossy(bytes).into_owned()
            }
            _ => String::new(),
        };
        let target = match query {
            Some(query) => format!("{path}?{query}"),
            None => path,
        };
        let headers: String = serde_json::from_str::<Vec<Header>>(&headers)
            .map(|list| {
                list.iter()
                    .map(|h| format!("{}: {}\n", h.name, h.value))
                    .collect()
            })
            .unwrap_or(headers);
        insert.execute(params![rowid, method, target, headers, body])?;
        last = rowid;
        count += 1;
    }
    if count > 0 {
        conn.prepare_cached("UPDATE search_watermark SET upto = ?1 WHERE id = 1")?
            .execute([last])?;
    }
    Ok(count)
}
