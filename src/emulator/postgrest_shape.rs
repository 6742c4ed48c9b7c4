//! How PostgREST answers a write or read: the rows (an array, or one object when asked with
//! `Accept: application/vnd.pgrst.object+json`), or nothing with `Prefer: return=minimal`.

use axum::http::header::{ACCEPT, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use serde_json::Value;

use super::errors::{Answer, Failure};

/// How the client wants rows back: `Prefer: return=minimal|representation` and
/// `Accept: application/vnd.pgrst.object+json` (one object instead of an array).
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    representation: bool,
    single: bool,
}

const SINGLE: &str = "application/vnd.pgrst.object+json";

impl Shape {
    /// Writes answer with their rows unless told `return=minimal`: the page shows no answer, and
    /// the `id` is what a client needs to update or delete.
    pub fn of(headers: &HeaderMap) -> Shape {
        let prefers = |wanted: &str| {
            headers.get_all("prefer").iter().any(|value| {
                value
                    .to_str()
                    .unwrap_or("")
                    .split(',')
                    .any(|p| p.trim().eq_ignore_ascii_case(wanted))
            })
        };
        let single = headers
            .get(ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains(SINGLE));
        Shape {
            representation: !prefers("return=minimal") && !prefers("return=headers-only"),
            single,
        }
    }

    /// For reads: always the rows.
    pub fn read(self) -> Shape {
        Shape {
            representation: true,
            ..self
        }
    }

    /// The answer: the rows (an array, or one object when asked), or `minimal` with no body.
    pub fn answer(self, status: StatusCode, minimal: StatusCode, rows: Vec<Value>) -> Answer {
        if !self.representation {
            return Ok(minimal.into_response());
        }
        let body = if self.single {
            let count = rows.len();
            let mut rows = rows.into_iter();
            match (rows.next(), count) {
                (Some(row), 1) => row,
                _ => {
                    return Err(Failure::not_acceptable(format!(
                        "one JSON object was asked for (Accept: {SINGLE}) but {count} rows \
                         matched: narrow the filter (id=eq.ID) or accept an array"
                    )))
                }
            }
        } else {
            Value::Array(rows)
        };
        let mut response = (status, axum::Json(body)).into_response();
        if self.single {
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(SINGLE));
        }
        Ok(response)
    }
}
