//! The provider_secrets table: secrets the user saved for a provider, sealed at rest.

use rusqlite::{params, Row};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::ProviderSecret;

impl Store {
    /// Oldest first, without the secrets.
    pub async fn provider_secrets(&self) -> Result<Vec<ProviderSecret>> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT id, provider, hint, created_at FROM provider_secrets ORDER BY id",
            )?;
            let rows = statement
                .query_map([], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    /// (provider, secret in the clear) of every saved secret, oldest first.
    pub async fn provider_secret_values(&self) -> Result<Vec<(String, String)>> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT provider, unseal(secret) FROM provider_secrets ORDER BY id",
            )?;
            let rows = statement
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub async fn insert_provider_secret(
        &self,
        entry: ProviderSecret,
        secret: String,
    ) -> Result<()> {
        self.write_single(move |conn| {
            conn.execute(
                "INSERT INTO provider_secrets (id, provider, secret, hint, created_at)
                 VALUES (?1, ?2, seal(?3), ?4, ?5)",
                params![
                    entry.id,
                    entry.provider,
                    secret,
                    entry.hint,
                    entry.created_at
                ],
            )?;
            Ok(())
        })
        .await
    }

    pub async fn delete_provider_secret(&self, id: String) -> Result<()> {
        self.write_single(move |conn| {
            if conn.execute("DELETE FROM provider_secrets WHERE id = ?1", [&id])? == 0 {
                return Err(Error::NotFound(format!(
                    "no saved provider secret has the id {id}: list them with GET \
                     /api/provider-secrets"
                )));
            }
            Ok(())
        })
        .await
    }
}

fn from_row(row: &Row) -> rusqlite::Result<ProviderSecret> {
    Ok(ProviderSecret {
        id: row.get(0)?,
        provider: row.get(1)?,
        hint: row.get(2)?,
        created_at: row.get(3)?,
    })
}
