//! The webhooks table: outgoing subscriptions, their failure count and why one was disabled.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::{Webhook, WebhookConfig};

const COLUMNS: &str =
    "id, unseal(config), consecutive_failures, disabled_reason, created_at, updated_at";

impl Store {
    /// Newest first.
    pub async fn webhooks(&self) -> Result<Vec<Webhook>> {
        self.read(|conn| {
            let mut statement =
                conn.prepare_cached(&format!("SELECT {COLUMNS} FROM webhooks ORDER BY id DESC"))?;
            let rows = statement
                .query_map([], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter().collect()
        })
        .await
    }

    pub async fn webhook(&self, id: String) -> Result<Webhook> {
        self.read(move |conn| find_webhook(conn, &id)?.ok_or_else(|| not_found(&id)))
            .await
    }

    pub async fn create_webhook(&self, webhook: Webhook) -> Result<Webhook> {
        let config = encode(&webhook.config)?;
        self.write_single(move |conn| {
            conn.execute(
                "INSERT INTO webhooks (id, config, consecutive_failures, disabled_reason,
                                       created_at, updated_at)
                 VALUES (?1, seal(?2), 0, NULL, ?3, ?3)",
                params![webhook.id, config, webhook.created_at],
            )?;
            Ok(webhook)
        })
        .await
    }

    /// Replaces the configuration. Turning a webhook on clears its failure count and the reason
    /// Hookbench disabled it; `owner_switched` (its owner set it on or off explicitly) also makes
    /// an off-state the owner's, so Hookbench's reason goes.
    pub async fn update_webhook(
        &self,
        id: String,
        config: WebhookConfig,
        now: i64,
        owner_switched: bool,
    ) -> Result<Webhook> {
        let encoded = encode(&config)?;
        self.write(move |conn| {
            let current = find_webhook(conn, &id)?.ok_or_else(|| not_found(&id))?;
            let enabling = config.active && !current.config.active;
            conn.execute(
                "UPDATE webhooks SET config = seal(?2), updated_at = ?3,
                    consecutive_failures = CASE WHEN ?4 THEN 0 ELSE consecutive_failures END,
                    disabled_reason = CASE WHEN ?4 OR ?5 THEN NULL ELSE disabled_reason END
                 WHERE id = ?1",
                params![id, encoded, now, enabling, owner_switched],
            )?;
            find_webhook(conn, &id)?.ok_or_else(|| not_found(&id))
        })
        .await
    }

    pub async fn delete_webhook(&self, id: String) -> Result<()> {
        self.write_single(move |conn| {
            if conn.execute("DELETE FROM webhooks WHERE id = ?1", [&id])? == 0 {
                return Err(not_found(&id));
            }
            Ok(())
        })
        .await
    }
}

pub(super) fn find_webhook(conn: &Connection, id: &str) -> Result<Option<Webhook>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM webhooks WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .transpose()
}

/// Counts a failed delivery; at the threshold the webhook is turned off. Returns the webhook
/// when this call disabled it.
pub(super) fn count_failure(conn: &Connection, id: &str, now: i64) -> Result<Option<Webhook>> {
    conn.prepare_cached(
        "UPDATE webhooks SET consecutive_failures = consecutive_failures + 1 WHERE id = ?1",
    )?
    .execute([id])?;
    let Some(webhook) = find_webhook(conn, id)? else {
        return Ok(None);
    };
    let threshold = webhook.config.failure_threshold;
    if !webhook.config.active || threshold == 0 || webhook.consecutive_failures < threshold {
        return Ok(None);
    }
    let reason = match webhook.consecutive_failures {
        1 => "its delivery failed".to_owned(),
        n => format!("{n} consecutive deliveries failed"),
    } + "; fix the target and re-enable the webhook";
    disable(conn, webhook, reason, now).map(Some)
}

/// Turns a webhook off on Hookbench's own decision, recording why.
pub(super) fn disable(
    conn: &Connection,
    mut webhook: Webhook,
    reason: String,
    now: i64,
) -> Result<Webhook> {
    webhook.config.active = false;
    webhook.disabled_reason = Some(reason);
    webhook.updated_at = now;
    conn.execute(
        "UPDATE webhooks SET config = seal(?2), disabled_reason = ?3, updated_at = ?4
         WHERE id = ?1",
        params![
            webhook.id,
            encode(&webhook.config)?,
            webhook.disabled_reason,
            now
        ],
    )?;
    Ok(webhook)
}

pub(super) fn reset_failures(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE webhooks SET consecutive_failures = 0 WHERE id = ?1 AND consecutive_failures != 0",
    )?
    .execute([id])?;
    Ok(())
}

fn from_row(row: &Row) -> rusqlite::Result<Result<Webhook>> {
    let config: String = row.get(1)?;
    let id: String = row.get(0)?;
    let parsed = serde_json::from_str::<WebhookConfig>(&config).map_err(|e| {
        Error::Internal(format!(
            "the stored configuration of webhook {id} is unreadable: {e}"
        ))
    });
    Ok(match parsed {
        Ok(config) => Ok(Webhook {
            id,
            config,
            consecutive_failures: row.get(2)?,
            disabled_reason: row.get(3)?,
            created_at: row.get(4)?,
            updated_at: row.get(5)?,
        }),
        Err(e) => Err(e),
    })
}

fn encode(config: &WebhookConfig) -> Result<String> {
    serde_json::to_string(config)
        .map_err(|e| Error::Internal(format!("a webhook configuration could not be encoded: {e}")))
}

fn not_found(id: &str) -> Error {
    Error::NotFound(format!("no webhook has the id {id}"))
}
