//! The deliveries table: the durable outbox (rows with a `next_attempt_at`) and the log.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::{Delivery, DeliveryFilter, DeliveryList, DeliverySource, DeliveryStatus};

pub(super) const COLUMNS: &str =
    "id, message_id, webhook_id, webhook_name, provider, event, source, status, \
                       attempts, next_attempt_at, last_status, last_error, length(payload), \
                       created_at, updated_at, capture_id";
const DEFAULT_PAGE: u32 = 200;
const MAX_PAGE: u32 = 1000;

/// A delivery to queue: the log row plus the payload it will send.
pub struct NewDelivery {
    pub delivery: Delivery,
    pub payload: Vec<u8>,
    /// A forward's or replay's plan (JSON, sealed in the store); None for a webhook's delivery.
    pub plan: Option<String>,
}

/// What an attempt needs from its delivery row.
pub struct OutboxItem {
    pub delivery: Delivery,
    pub payload: Vec<u8>,
    /// A manual retry: one attempt, no automatic retries after it.
    pub manual: bool,
    /// A forward's or replay's plan (JSON); None for a webhook's delivery.
    pub plan: Option<String>,
}

/// An outbox entry for the scheduler: which delivery, of which webhook, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub delivery_id: String,
    pub webhook_id: String,
    pub at: i64,
}

impl Due {
    pub fn new(delivery_id: &str, webhook_id: &str, at: i64) -> Due {
        Due {
            delivery_id: delivery_id.to_owned(),
            webhook_id: webhook_id.to_owned(),
            at,
        }
    }

    /// The delivery's next attempt, if it has one.
    pub fn next_of(delivery: &Delivery) -> Option<Due> {
        let at = delivery.next_attempt_at?;
        Some(Due::new(&delivery.id, &delivery.webhook_id, at))
    }
}

impl Store {
    /// Queues deliveries in one transaction.
    pub async fn insert_deliveries(&self, deliveries: Vec<NewDelivery>) -> Result<Vec<Delivery>> {
        self.write(move |conn| {
            deliveries
                .iter()
                .map(|new| insert_delivery(conn, new))
                .collect()
        })
        .await
    }

    pub async fn deliveries(&self, filter: DeliveryFilter) -> Result<DeliveryList> {
        self.read(move |conn| list(conn, &filter)).await
    }

    /// The delivery an attempt is about to make, if it is still due.
    pub async fn outbox_item(&self, id: String) -> Result<Option<OutboxItem>> {
        self.read_point(move |conn| {
            let row = conn
                .prepare_cached(&format!(
                    "SELECT {COLUMNS}, payload, manual,
                        CASE WHEN plan IS NULL THEN NULL ELSE unseal(plan) END
                     FROM deliveries WHERE id = ?1"
                ))?
                .query_row([&id], |row| {
                    Ok((from_row(row)?, row.get(16)?, row.get(17)?, row.get(18)?))
                })
                .optional()?;
            let Some((delivery, payload, manual, plan)) = row else {
                return Ok(None);
            };
            let delivery = delivery?;
            let due = matches!(
                delivery.status,
                DeliveryStatus::Pending | DeliveryStatus::Retrying
            );
            Ok(due.then_some(OutboxItem {
                delivery,
                payload,
                manual,
                plan,
            }))
        })
        .await
    }

    /// Every delivery waiting for an attempt: what the scheduler loads at start.
    pub async fn outbox(&self) -> Result<Vec<Due>> {
        self.read(|conn| {
            let mut statement = conn.prepare(
                "SELECT id, webhook_id, next_attempt_at FROM deliveries
                 WHERE next_attempt_at IS NOT NULL ORDER BY next_attempt_at, id",
            )?;
            let rows = statement
                .query_map([], |r| {
                    Ok(Due {
                        delivery_id: r.get(0)?,
                        webhook_id: r.get(1)?,
                        at: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    /// A manual retry: one more attempt now, whatever the delivery's state (except in the
    /// outbox already).
    pub async fn retry_delivery(&self, id: String, now: i64) -> Result<Delivery> {
        self.write(move |conn| {
            let delivery = find(conn, &id)?.ok_or_else(|| not_found(&id))?;
            if matches!(
                delivery.status,
                DeliveryStatus::Pending | DeliveryStatus::Retrying
            ) {
                return Err(Error::Conflict(format!(
                    "delivery {id} is already waiting for an attempt; cancel it first or wait"
                )));
            }
            requeue(conn, &id, now)?;
            find(conn, &id)?.ok_or_else(|| not_found(&id))
        })
        .await
    }

    pub async fn cancel_delivery(&self, id: String, now: i64) -> Result<Delivery> {
        self.write(move |conn| {
            let delivery = find(conn, &id)?.ok_or_else(|| not_found(&id))?;
            if !matches!(
                delivery.status,
                DeliveryStatus::Pending | DeliveryStatus::Retrying
            ) {
                return Err(Error::Conflict(format!(
                    "delivery {id} is {} and has nothing left to cancel",
                    status_name(delivery.status)
                )));
            }
            cancel(conn, &id, now)?;
            find(conn, &id)?.ok_or_else(|| not_found(&id))
        })
        .await
    }

    /// Requeues every failed delivery of a webhook; returns them.
    pub async fn retry_failed(&self, webhook_id: String, now: i64) -> Result<Vec<Delivery>> {
        self.write(move |conn| {
            let ids = ids_with_status(conn, &webhook_id, &["failed"])?;
            ids.iter().try_for_each(|id| requeue(conn, id, now))?;
            ids.iter()
                .filter_map(|id| find(conn, id).transpose())
                .collect()
        })
        .await
    }

    /// Cancels every pending or retrying delivery of a webhook; returns them.
    pub async fn cancel_pending(&self, webhook_id: String, now: i64) -> Result<Vec<Delivery>> {
        self.write(move |conn| {
            let ids = ids_with_status(conn, &webhook_id, &["pending", "retrying"])?;
            ids.iter().try_for_each(|id| cancel(conn, id, now))?;
            ids.iter()
                .filter_map(|id| find(conn, id).transpose())
                .collect()
        })
        .await
    }
}

/// Inserts one delivery row; returns the delivery.
pub(super) fn insert_delivery(conn: &Connection, new: &NewDelivery) -> Result<Delivery> {
    let d = &new.delivery;
    conn.prepare_cached(
        "INSERT INTO deliveries (id, message_id, webhook_id, webhook_name, provider, event,
            source, payload, status, attempts, next_attempt_at, created_at, updated_at,
            capture_id, plan)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11, ?11, ?12,
            CASE WHEN ?13 IS NULL THEN NULL ELSE seal(?13) END)",
    )?
    .execute(params![
        d.id,
        d.message_id,
        d.webhook_id,
        d.webhook_name,
        d.provider,
        d.event,
        source_name(d.source),
        new.payload,
        status_name(d.status),
        d.next_attempt_at,
        d.created_at,
        d.capture_id,
        new.plan,
    ])?;
    Ok(d.clone())
}

fn requeue(conn: &Connection, id: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE deliveries SET status = 'pending', next_attempt_at = ?2, manual = 1,
            updated_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

fn cancel(conn: &Connection, id: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE deliveries SET status = 'cancelled', next_attempt_at = NULL, updated_at = ?2,
            last_error = coalesce(last_error, 'cancelled before any attempt')
         WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

fn ids_with_status(conn: &Connection, webhook_id: &str, statuses: &[&str]) -> Result<Vec<String>> {
    let placeholders = vec!["?"; statuses.len()].join(", ");
    let mut statement = conn.prepare(&format!(
        "SELECT id FROM deliveries WHERE webhook_id = ? AND status IN ({placeholders}) ORDER BY id"
    ))?;
    let values = std::iter::once(webhook_id).chain(statuses.iter().copied());
    let ids = statement
        .query_map(params_from_iter(values), |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

fn list(conn: &Connection, filter: &DeliveryFilter) -> Result<DeliveryList> {
    let limit = filter.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
    let mut clauses = Vec::new();
    let mut values: Vec<SqlValue> = Vec::new();
    let mut add = |clause: &str, value: SqlValue| {
        clauses.push(clause.to_owned());
        values.push(value);
    };
    if let Some(webhook) = &filter.webhook {
        add("webhook_id = ?", webhook.clone().into());
    }
    if let Some(status) = filter.status {
        add("status = ?", status_name(status).to_owned().into());
    }
    if let Some(event) = filter.event.as_deref().filter(|e| !e.is_empty()) {
        add("event GLOB ?", event.to_owned().into());
    }
    if let Some(from) = filter.from {
        add("created_at >= ?", from.into());
    }
    if let Some(to) = filter.to {
        add("created_at <= ?", to.into());
    }
    if let Some(capture) = &filter.capture {
        add("capture_id = ?", capture.clone().into());
    }
    if let Some(source) = filter.source {
        add("source = ?", source_name(source).to_owned().into());
    }
    if let Some(before) = &filter.before {
        add("id < ?", before.clone().into());
    }
    let condition = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    values.push(i64::from(limit + 1).into());
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM deliveries {condition} ORDER BY id DESC LIMIT ?"
    ))?;
    let mut deliveries = statement
        .query_map(params_from_iter(values), from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .collect::<Result<Vec<_>>>()?;
    let next_before = if deliveries.len() > limit as usize {
        deliveries.truncate(limit as usize);
        deliveries.last().map(|d| d.id.clone())
    } else {
        None
    };
    Ok(DeliveryList {
        deliveries,
        next_before,
    })
}

pub(super) fn find(conn: &Connection, id: &str) -> Result<Option<Delivery>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM deliveries WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .transpose()
}

pub(super) fn from_row(row: &Row) -> rusqlite::Result<Result<Delivery>> {
    let source: String = row.get(6)?;
    let status: String = row.get(7)?;
    let (source, status) = match (parse_source(&source), parse_status(&status)) {
        (Ok(source), Ok(status)) => (source, status),
        (Err(e), _) | (_, Err(e)) => return Ok(Err(e)),
    };
    Ok(Ok(Delivery {
        id: row.get(0)?,
        message_id: row.get(1)?,
        webhook_id: row.get(2)?,
        webhook_name: row.get(3)?,
        provider: row.get(4)?,
        event: row.get(5)?,
        source,
        status,
        attempts: row.get(8)?,
        next_attempt_at: row.get(9)?,
        last_status: row.get(10)?,
        last_error: row.get(11)?,
        payload_size: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
        capture_id: row.get(15)?,
    }))
}

pub(super) fn status_name(status: DeliveryStatus) -> &'static str {
    match status {
        DeliveryStatus::Pending => "pending",
        DeliveryStatus::Retrying => "retrying",
        DeliveryStatus::Succeeded => "succeeded",
        DeliveryStatus::Failed => "failed",
        DeliveryStatus::Cancelled => "cancelled",
    }
}

fn parse_status(name: &str) -> Result<DeliveryStatus> {
    Ok(match name {
        "pending" => DeliveryStatus::Pending,
        "retrying" => DeliveryStatus::Retrying,
        "succeeded" => DeliveryStatus::Succeeded,
        "failed" => DeliveryStatus::Failed,
        "cancelled" => DeliveryStatus::Cancelled,
        other => {
            return Err(Error::Internal(format!(
                "unknown delivery status `{other}` in the store"
            )))
        }
    })
}

pub(super) fn source_name(source: DeliverySource) -> &'static str {
    match source {
        DeliverySource::Trigger => "trigger",
        DeliverySource::Test => "test",
        DeliverySource::Capture => "capture",
        DeliverySource::Forward => "forward",
        DeliverySource::Replay => "replay",
    }
}

fn parse_source(name: &str) -> Result<DeliverySource> {
    Ok(match name {
        "trigger" => DeliverySource::Trigger,
        "test" => DeliverySource::Test,
        "capture" => DeliverySource::Capture,
        "forward" => DeliverySource::Forward,
        "replay" => DeliverySource::Replay,
        other => {
            return Err(Error::Internal(format!(
                "unknown delivery source `{other}` in the store"
            )))
        }
    })
}

fn not_found(id: &str) -> Error {
    Error::NotFound(format!("no delivery has the id {id}"))
}

impl Store {
    /// Ends a delivery as failed without an attempt (its webhook or event no longer exists).
    pub async fn fail_delivery(&self, id: String, reason: String, now: i64) -> Result<Delivery> {
        self.write(move |conn| {
            conn.execute(
                "UPDATE deliveries SET status = 'failed', next_attempt_at = NULL, last_error = ?2,
                    updated_at = ?3 WHERE id = ?1",
                params![id, reason, now],
            )?;
            find(conn, &id)?.ok_or_else(|| not_found(&id))
        })
        .await
    }
}
