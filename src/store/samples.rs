//! The saved_samples table: users' named payloads per provider event.

use rusqlite::{params, Row};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::SavedSample;

impl Store {
    /// Saves under (provider, event, name), replacing a sample of the same name.
    pub async fn save_sample(&self, sample: SavedSample) -> Result<SavedSample> {
        self.write(move |conn| {
            conn.execute(
                "INSERT INTO saved_samples (id, provider, event, name, body, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (provider, event, name) DO UPDATE SET body = excluded.body",
                params![
                    sample.id,
                    sample.provider,
                    sample.event,
                    sample.name,
                    sample.body,
                    sample.created_at
                ],
            )?;
            let saved = conn.query_row(
                "SELECT id, provider, event, name, body, created_at FROM saved_samples
                 WHERE provider = ?1 AND event = ?2 AND name = ?3",
                params![sample.provider, sample.event, sample.name],
                from_row,
            )?;
            Ok(saved)
        })
        .await
    }

    pub async fn saved_samples(&self, provider: String) -> Result<Vec<SavedSample>> {
        self.read(move |conn| {
            let mut statement = conn.prepare_cached(
                "SELECT id, provider, event, name, body, created_at FROM saved_samples
                 WHERE provider = ?1 ORDER BY event, name",
            )?;
            let rows = statement
                .query_map([provider], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub async fn delete_sample(&self, id: String) -> Result<()> {
        self.write(move |conn| {
            let deleted = conn.execute("DELETE FROM saved_samples WHERE id = ?1", [&id])?;
            if deleted == 0 {
                return Err(Error::NotFound(format!("no saved sample has the id {id}")));
            }
            Ok(())
        })
        .await
    }
}

fn from_row(row: &Row) -> rusqlite::Result<SavedSample> {
    Ok(SavedSample {
        id: row.get(0)?,
        provider: row.get(1)?,
        event: row.get(2)?,
        name: row.get(3)?,
        body: row.get(4)?,
        created_at: row.get(5)?,
    })
}
