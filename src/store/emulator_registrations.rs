//! The emulator_registrations table: who registered a webhook through the provider emulator and
//! the provider's own fields, sealed (a WebEngage token is a secret). A row goes with its webhook
//! (ON DELETE CASCADE).

use rusqlite::{params, Row};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::Registration;

impl Store {
    /// The registrations of one provider's webhooks.
    pub async fn registrations(&self, provider: String) -> Result<Vec<Registration>> {
        self.read(move |conn| {
            let mut statement = conn.prepare_cached(
                "SELECT webhook_id, provider, owner, unseal(details), created_at
                 FROM emulator_registrations WHERE provider = ?1 ORDER BY webhook_id",
            )?;
            let rows = statement
                .query_map([provider], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter().collect()
        })
        .await
    }

    /// Records (or replaces) the registration of a webhook.
    pub async fn save_registration(&self, registration: Registration) -> Result<()> {
        let details = serde_json::to_string(&registration.details)
            .map_err(|e| Error::Internal(format!("a registration could not be encoded: {e}")))?;
        self.write_single(move |conn| {
            conn.execute(
                "INSERT INTO emulator_registrations (webhook_id, provider, owner, details, created_at)
                 VALUES (?1, ?2, ?3, seal(?4), ?5)
                 ON CONFLICT (webhook_id) DO UPDATE
                    SET owner = excluded.owner, details = excluded.details",
                params![
                    registration.webhook_id,
                    registration.provider,
                    registration.owner,
                    details,
                    registration.created_at
                ],
            )?;
            Ok(())
        })
        .await
    }
}

fn from_row(row: &Row) -> rusqlite::Result<Result<Registration>> {
    let webhook_id: String = row.get(0)?;
    let details: String = row.get(3)?;
    let details = serde_json::from_str(&details).map_err(|e| {
        Error::Internal(format!(
            "the stored registration of webhook {webhook_id} is unreadable: {e}"
        ))
    });
    Ok(match details {
        Ok(details) => Ok(Registration {
            webhook_id,
            provider: row.get(1)?,
            owner: row.get(2)?,
            details,
            created_at: row.get(4)?,
        }),
        Err(e) => Err(e),
    })
}
