//! Numbered SQL migrations, embedded at build time and applied in order.
//! `PRAGMA user_version` records how many have run.

use rusqlite::Connection;

use crate::base::error::Result;

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_captures.sql"),
    include_str!("../../migrations/0002_saved_samples.sql"),
    include_str!("../../migrations/0003_capture_response.sql"),
    include_str!("../../migrations/0004_inboxes.sql"),
    include_str!("../../migrations/0005_inbox_rowid_index.sql"),
    include_str!("../../migrations/0006_search_watermark.sql"),
    include_str!("../../migrations/0007_sender.sql"),
    include_str!("../../migrations/0008_connection_reuse.sql"),
    include_str!("../../migrations/0009_forward.sql"),
    include_str!("../../migrations/0010_redirects.sql"),
    include_str!("../../migrations/0011_emulator.sql"),
    include_str!("../../migrations/0012_recognition.sql"),
];

pub fn apply(conn: &mut Connection) -> Result<()> {
    let applied: usize = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if applied > MIGRATIONS.len() {
        return Err(crate::base::error::Error::Internal(format!(
            "the data directory was written by a newer Hookbench (schema {applied}, this one knows {}): \
             upgrade Hookbench or use another --data directory",
            MIGRATIONS.len()
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}
