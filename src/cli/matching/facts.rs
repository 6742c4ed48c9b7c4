//! What a capture offers to `--match`: its summary, and once fetched, its headers, body
//! (content encoding undone) and the body read as JSON.

use hookbench::model::{Capture, CaptureSummary, Header};
use hookbench::services::capture::content::decode_content_encoding;

/// A body larger than this once decoded is matched as sent (still encoded).
const MAX_DECODED: usize = 64 * 1024 * 1024;

pub struct Facts<'a> {
    pub summary: &'a CaptureSummary,
    pub whole: Option<Whole<'a>>,
}

pub struct Whole<'a> {
    pub headers: &'a [Header],
    pub event: Option<&'a str>,
    pub body_text: String,
    pub json: Option<serde_json::Value>,
}

impl<'a> Facts<'a> {
    pub fn summary(summary: &'a CaptureSummary) -> Facts<'a> {
        Facts {
            summary,
            whole: None,
        }
    }

    pub fn whole(capture: &'a Capture) -> Facts<'a> {
        // A damaged body matches nothing.
        let raw = capture.body.to_bytes().unwrap_or_default();
        let body = match decode_content_encoding(&capture.headers, &raw, MAX_DECODED) {
            Ok(Some(decoded)) => decoded,
            Ok(None) | Err(_) => raw,
        };
        Facts {
            summary: &capture.summary,
            whole: Some(Whole {
                headers: &capture.headers,
                event: capture.check.as_ref().and_then(|c| c.event.as_deref()),
                json: serde_json::from_slice(&body).ok(),
                body_text: String::from_utf8_lossy(&body).into_owned(),
            }),
        }
    }
}
