//! The emulator_keys table: the API keys the provider emulator accepts, sealed at rest.

use rusqlite::{params, Row};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::EmulatorKey;

impl Store {
    /// Oldest first.
    pub async fn emulator_keys(&self) -> Result<Vec<EmulatorKey>> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT id, name, hint, created_at FROM emulator_keys ORDER BY id",
            )?;
            let rows = statement
                .query_map([], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    /// Every key in the clear, for checking a request's key.
    pub async fn emulator_key_secrets(&self) -> Result<Vec<String>> {
        self.read_point(|conn| {
            let mut statement = conn.prepare_cached("SELECT unseal(secret) FROM emulator_keys")?;
            let rows = statement
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(rows)
        })
        .await
    }

    pub async fn insert_emulator_key(&self, key: EmulatorKey, secret: String) -> Result<()> {
        self.write_single(move |conn| {
            conn.execute(
                "INSERT INTO emulator_keys (id, name, secret, hint, created_at)
                 VALUES (?1, ?2, seal(?3), ?4, ?5)",
                params![key.id, key.name, secret, key.hint, key.created_at],
            )?;
            Ok(())
        })
        .await
    }

    pub async fn delete_emulator_key(&self, id: String) -> Result<()> {
        self.write_single(move |conn| {
            if conn.execute("DELETE FROM emulator_keys WHERE id = ?1", [&id])? == 0 {
                return Err(Error::NotFound(format!(
                    "no emulator key has the id {id}: list them with GET /api/emulator/keys"
                )));
            }
            Ok(())
        })
        .await
    }
}

fn from_row(row: &Row) -> rusqlite::Result<EmulatorKey> {
    Ok(EmulatorKey {
        id: row.get(0)?,
        name: row.get(1)?,
        hint: row.get(2)?,
        created_at: row.get(3)?,
    })
}
