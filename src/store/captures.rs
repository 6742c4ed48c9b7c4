//! The captures table: insert (with its search index row), fetch one, delete.

use rusqlite::{params, Connection, OptionalExtension, Params, Row};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::{Body, Capture, CaptureSummary, CapturedResponse, Header};

/// A request as the receiver took it, with the response it is about to get.
#[derive(Debug, Clone)]
pub struct NewCapture {
    /// A ULID, made when the request arrived.
    pub id: String,
    pub inbox: String,
    pub received_at: i64,
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub http_version: String,
    pub headers: Vec<Header>,
    pub body: bytes::Bytes,
    pub remote_addr: String,
    pub response_status: u16,
    pub response_headers: Vec<Header>,
    pub response_body: bytes::Bytes,
    /// `valid` / `invalid` / `unsigned` when the inbox verifies.
    pub signature: Option<String>,
    /// The full check as JSON, when the inbox verifies.
    pub check: Option<crate::model::CaptureCheck>,
    /// What the request was recognised as (see `recognize`).
    pub provider: Option<String>,
    pub event: Option<String>,
}

impl NewCapture {
    fn content_type(&self) -> Option<String> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case("content-type"))
            .map(|h| h.value.clone())
    }
}

pub(super) const SUMMARY_COLUMNS: &str = "id, inbox, received_at, method, path, query, body_size, \
     content_type, response_status, signature, provider, event";

impl Store {
    /// Stores the capture; resolves once it is durable. It is indexed for search later (see
    /// `search_index`).
    pub async fn insert_capture(&self, capture: NewCapture) -> Result<CaptureSummary> {
        let summary = CaptureSummary {
            id: capture.id.clone(),
            inbox: capture.inbox.clone(),
            received_at: capture.received_at,
            method: capture.method.clone(),
            path: capture.path.clone(),
            query: capture.query.clone(),
            body_size: capture.body.len() as u64,
            content_type: capture.content_type(),
            response_status: capture.response_status,
            signature: capture.signature.clone(),
            provider: capture.provider.clone(),
            event: capture.event.clone(),
        };
        let headers = to_json(&capture.headers)?;
        let response_headers = to_json(&capture.response_headers)?;
        let check = capture.check.as_ref().map(to_json).transpose()?;
        self.write_single(move |conn| {
            conn.prepare_cached(
                "INSERT INTO captures (id, inbox, received_at, method, path, query, http_version,
                     headers, body, body_size, content_type, remote_addr, response_status,
                     response_headers, response_body, signature, check_result, provider, event)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                         ?18, ?19)",
            )?
            .execute(params![
                summary.id,
                summary.inbox,
                summary.received_at,
                summary.method,
                summary.path,
                summary.query,
                capture.http_version,
                headers,
                capture.body.as_ref(),
                summary.body_size as i64,
                summary.content_type,
                capture.remote_addr,
                summary.response_status,
                response_headers,
                capture.response_body.as_ref(),
                summary.signature,
                check,
                summary.provider,
                summary.event,
            ])?;
            Ok(summary)
        })
        .await
    }

    pub async fn get_capture(&self, id: String) -> Result<Capture> {
        self.read(move |conn| load_capture(conn, &id)).await
    }

    pub async fn delete_capture(&self, id: String) -> Result<()> {
        self.write(
            move |conn| match delete_where(conn, "id = ?1", params![id])? {
                0 => Err(Error::CaptureNotFound(id)),
                _ => Ok(()),
            },
        )
        .await
    }

    /// Deletes every capture of the inbox; returns how many.
    pub async fn clear_inbox(&self, inbox: String) -> Result<u64> {
        self.write(move |conn| delete_where(conn, "inbox = ?1", params![inbox]))
            .await
    }
}

/// Deletes captures matching `condition` (SQL over the captures table) with their index rows.
pub(super) fn delete_where(
    conn: &Connection,
    condition: &str,
    values: impl Params + Clone,
) -> Result<u64> {
    conn.execute(
        &format!("DELETE FROM captures_fts WHERE rowid IN (SELECT rowid FROM captures WHERE {condition})"),
        values.clone(),
    )?;
    let removed = conn.execute(&format!("DELETE FROM captures WHERE {condition}"), values)?;
    Ok(removed as u64)
}

struct StoredCapture {
    summary: CaptureSummary,
    http_version: String,
    remote_addr: String,
    headers: String,
    body: Vec<u8>,
    response_headers: String,
    response_body: Vec<u8>,
    check: Option<String>,
}

fn load_capture(conn: &Connection, id: &str) -> Result<Capture> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, http_version, remote_addr, headers, body, response_headers,
                response_body, check_result FROM captures WHERE id = ?1"
    );
    let found = conn
        .query_row(&sql, [id], |row| {
            Ok(StoredCapture {
                summary: summary_from_row(row)?,
                http_version: row.get(12)?,
                remote_addr: row.get(13)?,
                headers: row.get(14)?,
                body: row.get(15)?,
                response_headers: row.get(16)?,
                response_body: row.get(17)?,
                check: row.get(18)?,
            })
        })
        .optional()?;
    let Some(stored) = found else {
        return Err(Error::CaptureNotFound(id.to_owned()));
    };
    let unreadable =
        |e: serde_json::Error| Error::Internal(format!("stored capture {id} is unreadable: {e}"));
    Ok(Capture {
        response: CapturedResponse {
            status: stored.summary.response_status,
            headers: serde_json::from_str(&stored.response_headers).map_err(unreadable)?,
            body: Body::from_bytes(&stored.response_body),
        },
        check: stored
            .check
            .map(|json| serde_json::from_str(&json).map_err(unreadable))
            .transpose()?,
        summary: stored.summary,
        http_version: stored.http_version,
        remote_addr: stored.remote_addr,
        headers: serde_json::from_str(&stored.headers).map_err(unreadable)?,
        body: Body::from_bytes(&stored.body),
    })
}

pub(super) fn summary_from_row(row: &Row) -> rusqlite::Result<CaptureSummary> {
    Ok(CaptureSummary {
        id: row.get(0)?,
        inbox: row.get(1)?,
        received_at: row.get(2)?,
        method: row.get(3)?,
        path: row.get(4)?,
        query: row.get(5)?,
        body_size: row.get::<_, i64>(6)? as u64,
        content_type: row.get(7)?,
        response_status: row.get(8)?,
        signature: row.get(9)?,
        provider: row.get(10)?,
        event: row.get(11)?,
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| Error::Internal(format!("a capture could not be encoded: {e}")))
}
