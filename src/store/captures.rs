//! The captures table: insert, page through, fetch one.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::Store;
use crate::error::{Error, Result};
use crate::model::{Body, Capture, CaptureList, CaptureSummary, CapturedResponse, Header};

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
}

impl NewCapture {
    fn content_type(&self) -> Option<String> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case("content-type"))
            .map(|h| h.value.clone())
    }
}

const SUMMARY_COLUMNS: &str =
    "id, inbox, received_at, method, path, query, body_size, content_type, response_status";

const MAX_PAGE: u32 = 1000;

impl Store {
    /// Stores the capture; resolves once it is durable.
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
        };
        let headers = serde_json::to_string(&capture.headers)
            .map_err(|e| Error::Internal(format!("headers could not be encoded: {e}")))?;
        let response_headers = serde_json::to_string(&capture.response_headers)
            .map_err(|e| Error::Internal(format!("headers could not be encoded: {e}")))?;
        let row = summary.clone();
        self.write(move |conn| {
            conn.execute(
                "INSERT INTO captures (id, inbox, received_at, method, path, query, http_version,
                     headers, body, body_size, content_type, remote_addr, response_status,
                     response_headers, response_body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                params![
                    row.id,
                    row.inbox,
                    row.received_at,
                    row.method,
                    row.path,
                    row.query,
                    capture.http_version,
                    headers,
                    capture.body.as_ref(),
                    row.body_size as i64,
                    row.content_type,
                    capture.remote_addr,
                    row.response_status,
                    response_headers,
                    capture.response_body.as_ref(),
                ],
            )?;
            Ok(())
        })
        .await?;
        Ok(summary)
    }

    /// Newest first; `before` is the id of the last capture of the previous page.
    pub async fn list_captures(&self, before: Option<String>, limit: u32) -> Result<CaptureList> {
        let limit = limit.clamp(1, MAX_PAGE);
        self.read(move |conn| {
            let sql = format!(
                "SELECT {SUMMARY_COLUMNS} FROM captures WHERE (?1 IS NULL OR id < ?1)
                 ORDER BY id DESC LIMIT ?2"
            );
            let mut statement = conn.prepare_cached(&sql)?;
            let captures = statement
                .query_map(params![before, limit + 1], summary_from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(page(captures, limit as usize))
        })
        .await
    }

    pub async fn get_capture(&self, id: String) -> Result<Capture> {
        self.read(move |conn| load_capture(conn, &id)).await
    }
}

fn page(mut captures: Vec<CaptureSummary>, limit: usize) -> CaptureList {
    let more = captures.len() > limit;
    captures.truncate(limit);
    let next_before = if more {
        captures.last().map(|c| c.id.clone())
    } else {
        None
    };
    CaptureList {
        captures,
        next_before,
    }
}

fn load_capture(conn: &Connection, id: &str) -> Result<Capture> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, http_version, remote_addr, headers, body, response_headers,
                response_body FROM captures WHERE id = ?1"
    );
    let found = conn
        .query_row(&sql, [id], |row| {
            Ok(StoredCapture {
                summary: summary_from_row(row)?,
                http_version: row.get(9)?,
                remote_addr: row.get(10)?,
                headers: row.get(11)?,
                body: row.get(12)?,
                response_headers: row.get(13)?,
                response_body: row.get(14)?,
            })
        })
        .optional()?;
    let Some(stored) = found else {
        return Err(Error::CaptureNotFound(id.to_owned()));
    };
    let decode = |json: &str| -> Result<Vec<Header>> {
        serde_json::from_str(json)
            .map_err(|e| Error::Internal(format!("stored headers of {id} are unreadable: {e}")))
    };
    Ok(Capture {
        response: CapturedResponse {
            status: stored.summary.response_status,
            headers: decode(&stored.response_headers)?,
            body: Body::from_bytes(&stored.response_body),
        },
        summary: stored.summary,
        http_version: stored.http_version,
        remote_addr: stored.remote_addr,
        headers: decode(&stored.headers)?,
        body: Body::from_bytes(&stored.body),
    })
}

struct StoredCapture {
    summary: CaptureSummary,
    http_version: String,
    remote_addr: String,
    headers: String,
    body: Vec<u8>,
    response_headers: String,
    response_body: Vec<u8>,
}

fn summary_from_row(row: &Row) -> rusqlite::Result<CaptureSummary> {
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
    })
}
