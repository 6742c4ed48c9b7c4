//! The attempts table, and recording an attempt together with what it means for its delivery
//! and webhook, in one transaction.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::deliveries::{
    find as find_delivery, from_row as delivery_from_row, insert_delivery, status_name,
    NewDelivery, COLUMNS,
};
use super::webhooks::{count_failure, disable, find_webhook, reset_failures};
use super::writer::in_savepoint;
use super::Store;
use crate::base::error::{Error, Result};
use crate::model::Redirect;
use crate::model::{
    Attempt, Delivery, DeliveryDetail, DeliveryStatus, ReceivedResponse, SentRequest, Timings,
    TransportError, TransportErrorKind, Webhook,
};
use crate::model::{Body, Header};

/// An attempt to store, with raw bodies.
pub struct NewAttempt {
    pub id: String,
    pub delivery_id: String,
    pub number: u32,
    pub started_at: i64,
    pub remote_addr: Option<String>,
    pub method: String,
    pub url: String,
    pub request_headers: Vec<Header>,
    pub request_body: Vec<u8>,
    pub response: Option<NewResponse>,
    pub error: Option<TransportError>,
    pub timings: Timings,
    pub succeeded: bool,
    /// Hops answered with a redirect before this request (webhooks that follow them).
    pub redirects: Vec<Redirect>,
}

pub struct NewResponse {
    pub status: u16,
    pub reason: Option<String>,
    pub version: String,
    pub headers: Vec<Header>,
    pub body: Vec<u8>,
    pub body_size: u64,
    pub truncated: bool,
}

/// What the attempt means for its delivery (decided by the retry policy).
pub struct Verdict {
    pub status: DeliveryStatus,
    pub next_attempt_at: Option<i64>,
    pub last_error: Option<String>,
    /// The delivery ended failed: count it against the webhook.
    pub count_failure: bool,
    /// Turn the webhook off at once, for this reason (a 410 Gone answer).
    pub disable: Option<String>,
}

/// One attempt to record: its delivery when that is not stored yet (a forward's first attempt,
/// made by the receiver before the delivery existed), the attempt, and its verdict.
pub struct Recording {
    pub new: Option<NewDelivery>,
    pub attempt: NewAttempt,
    pub verdict: Verdict,
}

/// The result of recording: the delivery as it now stands, and the webhook if this disabled it.
pub struct Recorded {
    pub delivery: Delivery,
    pub disabled: Option<Webhook>,
}

impl Store {
    /// Records attempts with their verdicts in one transaction (each after inserting its
    /// delivery, when the attempt was made before the delivery was stored); one that cannot be
    /// recorded does not undo the others. Resolves once they are durable. Every attempt of every
    /// kind (webhook deliveries, forwards, replays) is recorded here.
    pub async fn record_attempts(
        &self,
        batch: Vec<Recording>,
        now: i64,
    ) -> Result<Vec<Result<Recorded>>> {
        // Encoded here, off the writer thread, which every write of the store waits for.
        let encoded: Vec<Result<EncodedHeaders>> = batch
            .iter()
            .map(|r| EncodedHeaders::of(&r.attempt))
            .collect();
        self.write_single(move |conn| Ok(record_batch(conn, batch, encoded, now)))
            .await
    }

    pub async fn delivery_detail(&self, id: String) -> Result<DeliveryDetail> {
        self.read(move |conn| {
            let delivery = find_delivery(conn, &id)?
                .ok_or_else(|| Error::NotFound(format!("no delivery has the id {id}")))?;
            let payload: Vec<u8> =
                conn.query_row("SELECT payload FROM deliveries WHERE id = ?1", [&id], |r| {
                    r.get(0)
                })?;
            let mut statement = conn.prepare_cached(
                "SELECT id, delivery_id, number, started_at, remote_addr, request_method,
                        request_url, request_headers, request_body, response_status,
                        response_reason, response_version, response_headers, response_body,
                        response_size, truncated, error_kind, error_message, connect_ms,
                        first_byte_ms, total_ms, succeeded, connection_reused, redirects
                 FROM attempts WHERE delivery_id = ?1 ORDER BY number, id",
            )?;
            let attempts = statement
                .query_map([&id], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?
                .into_iter()
                .collect::<Result<Vec<_>>>()?;
            Ok(DeliveryDetail {
                delivery,
                payload: Body::from_bytes(&payload),
                attempts,
            })
        })
        .await
    }
}

/// A delivery's row as an attempt's verdict leaves it: one statement that also says whether a
/// user cancelled it while the attempt was on the wire (a failure then leaves it cancelled).
fn settle_delivery(
    conn: &Connection,
    attempt: &NewAttempt,
    verdict: &Verdict,
    now: i64,
) -> Result<Option<Delivery>> {
    let sql = format!(
        "UPDATE deliveries SET
            status = CASE WHEN status = 'cancelled' AND NOT ?8 THEN status ELSE ?2 END,
            next_attempt_at = CASE WHEN status = 'cancelled' AND NOT ?8 THEN NULL ELSE ?4 END,
            manual = CASE WHEN status = 'cancelled' AND NOT ?8 OR ?4 IS NULL THEN 0 ELSE manual END,
            attempts = max(attempts, ?3), last_status = ?5, last_error = ?6, updated_at = ?7
         WHERE id = ?1
         RETURNING {COLUMNS}"
    );
    conn.prepare_cached(&sql)?
        .query_row(
            params![
                attempt.delivery_id,
                status_name(verdict.status),
                attempt.number,
                verdict.next_attempt_at,
                attempt.response.as_ref().map(|r| r.status),
                verdict.last_error,
                now,
                attempt.succeeded,
            ],
            delivery_from_row,
        )
        .optional()?
        .transpose()
}

fn record(
    conn: &Connection,
    recording: &Recording,
    headers: &EncodedHeaders,
    now: i64,
) -> Result<Recorded> {
    let Recording {
        new,
        attempt,
        verdict,
    } = recording;
    if let Some(new) = new {
        insert_delivery(conn, new)?;
    }
    let delivery_id = attempt.delivery_id.as_str();
    let delivery = settle_delivery(conn, attempt, verdict, now)?
        .ok_or_else(|| Error::NotFound(format!("no delivery has the id {delivery_id}")))?;
    insert(conn, attempt, headers)?;
    let cancelled = delivery.status == DeliveryStatus::Cancelled && !attempt.succeeded;
    let webhook_id = delivery.webhook_id.as_str();
    let mut disabled = None;
    if attempt.succeeded {
        reset_failures(conn, webhook_id)?;
    } else if let Some(reason) = &verdict.disable {
        if let Some(webhook) = find_webhook(conn, webhook_id)?.filter(|w| w.config.active) {
            disabled = Some(disable(conn, webhook, reason.clone(), now)?);
        }
    } else if verdict.count_failure && !cancelled {
        disabled = count_failure(conn, webhook_id, now)?;
    }
    Ok(Recorded { delivery, disabled })
}

/// The whole batch in one savepoint: a savepoint per attempt would copy every page the batch
/// shares (the tail of the attempts table, its indexes) into the sub-journal once per attempt.
/// Only when something fails is the batch undone and recorded attempt by attempt, so that the
/// failure stays with its own attempt.
fn record_batch(
    conn: &Connection,
    batch: Vec<Recording>,
    encoded: Vec<Result<EncodedHeaders>>,
    now: i64,
) -> Vec<Result<Recorded>> {
    let all_encoded = encoded.iter().all(Result::is_ok);
    if all_encoded {
        let together = in_savepoint(conn, |conn| {
            batch
                .iter()
                .zip(&encoded)
                .map(|(recording, headers)| match headers {
                    Ok(headers) => record(conn, recording, headers, now),
                    Err(e) => Err(Error::Internal(e.to_string())),
                })
                .collect::<Result<Vec<Recorded>>>()
        });
        if let Ok(recorded) = together {
            return recorded.into_iter().map(Ok).collect();
        }
    }
    batch
        .iter()
        .zip(encoded)
        .map(|(recording, headers)| {
            let headers = headers?;
            in_savepoint(conn, |conn| record(conn, recording, &headers, now))
        })
        .collect()
}

/// An attempt's header lists and redirects as the table stores them (JSON).
struct EncodedHeaders {
    request: String,
    response: Option<String>,
    redirects: Option<String>,
}

impl EncodedHeaders {
    fn of(attempt: &NewAttempt) -> Result<EncodedHeaders> {
        Ok(EncodedHeaders {
            request: encode_headers(&attempt.request_headers)?,
            response: attempt
                .response
                .as_ref()
                .map(|r| encode_headers(&r.headers))
                .transpose()?,
            redirects: match attempt.redirects.as_slice() {
                [] => None,
                hops => Some(serde_json::to_string(hops).map_err(|e| {
                    Error::Internal(format!("redirects could not be encoded: {e}"))
                })?),
            },
        })
    }
}

fn insert(conn: &Connection, a: &NewAttempt, headers: &EncodedHeaders) -> Result<()> {
    let response = a.response.as_ref();
    conn.prepare_cached(
        "INSERT INTO attempts (id, delivery_id, number, started_at, remote_addr, request_method,
            request_url, request_headers, request_body, response_status, response_reason,
            response_version, response_headers, response_body, response_size, truncated,
            error_kind, error_message, connect_ms, first_byte_ms, total_ms, succeeded,
            connection_reused, redirects)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, ?21, ?22, ?23, ?24)",
    )?
    .execute(params![
        a.id,
        a.delivery_id,
        a.number,
        a.started_at,
        a.remote_addr,
        a.method,
        a.url,
        headers.request,
        a.request_body,
        response.map(|r| r.status),
        response.and_then(|r| r.reason.clone()),
        response.map(|r| r.version.clone()),
        headers.response,
        response.map(|r| r.body.as_slice()),
        response.map(|r| r.body_size as i64),
        response.is_some_and(|r| r.truncated),
        a.error.as_ref().map(|e| kind_name(e.kind)),
        a.error.as_ref().map(|e| e.message.clone()),
        a.timings.connect_ms,
        a.timings.first_byte_ms,
        a.timings.total_ms,
        a.succeeded,
        a.timings.reused,
        headers.redirects,
    ])?;
    Ok(())
}

fn from_row(row: &Row) -> rusqlite::Result<Result<Attempt>> {
    let request_headers: String = row.get(7)?;
    let request_body: Vec<u8> = row.get(8)?;
    let status: Option<u16> = row.get(9)?;
    let response_headers: Option<String> = row.get(12)?;
    let response_body: Option<Vec<u8>> = row.get(13)?;
    let error_kind: Option<String> = row.get(16)?;
    let error_message: Option<String> = row.get(17)?;
    let redirects: Option<String> = row.get(23)?;
    let redirects = match redirects.as_deref().map(serde_json::from_str).transpose() {
        Ok(hops) => hops.unwrap_or_default(),
        Err(e) => {
            return Ok(Err(Error::Internal(format!(
                "stored attempt redirects are unreadable: {e}"
            ))))
        }
    };
    let request_headers = match decode_headers(&request_headers) {
        Ok(h) => h,
        Err(e) => return Ok(Err(e)),
    };
    let response = match status {
        None => None,
        Some(status) => {
            let headers = match decode_headers(response_headers.as_deref().unwrap_or("[]")) {
                Ok(h) => h,
                Err(e) => return Ok(Err(e)),
            };
            Some(ReceivedResponse {
                status,
                reason: row.get(10)?,
                version: row.get::<_, Option<String>>(11)?.unwrap_or_default(),
                headers,
                body: Body::from_bytes(response_body.as_deref().unwrap_or_default()),
                body_size: row.get::<_, Option<i64>>(14)?.unwrap_or(0) as u64,
                truncated: row.get(15)?,
            })
        }
    };
    let error = error_kind.map(|kind| TransportError {
        kind: parse_kind(&kind),
        message: error_message.unwrap_or_default(),
    });
    Ok(Ok(Attempt {
        id: row.get(0)?,
        delivery_id: row.get(1)?,
        number: row.get(2)?,
        started_at: row.get(3)?,
        remote_addr: row.get(4)?,
        request: SentRequest {
            method: row.get(5)?,
            url: row.get(6)?,
            headers: request_headers,
            body: Body::from_bytes(&request_body),
        },
        response,
        error,
        timings: Timings {
            connect_ms: row.get(18)?,
            first_byte_ms: row.get(19)?,
            total_ms: row.get(20)?,
            reused: row.get(22)?,
        },
        succeeded: row.get(21)?,
        redirects,
    }))
}

fn encode_headers(headers: &[Header]) -> Result<String> {
    serde_json::to_string(headers)
        .map_err(|e| Error::Internal(format!("headers could not be encoded: {e}")))
}

fn decode_headers(text: &str) -> Result<Vec<Header>> {
    serde_json::from_str(text)
        .map_err(|e| Error::Internal(format!("stored attempt headers are unreadable: {e}")))
}

fn kind_name(kind: TransportErrorKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "protocol".to_owned())
}

fn parse_kind(name: &str) -> TransportErrorKind {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .unwrap_or(TransportErrorKind::Protocol)
}
