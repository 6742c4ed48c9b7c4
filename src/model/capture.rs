//! Captures: a request exactly as it arrived, the response Hookbench answered with, and how
//! lists of them are asked for.

use super::CaptureCheck;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::{IntoParams, ToSchema};

/// One header line as it arrived. `value` is the text of the value; when the bytes are not
/// valid UTF-8 it is a lossy rendering and `raw_base64` holds the exact bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Header {
    pub name: String,
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub raw_base64: Option<String>,
}

impl Header {
    pub fn from_bytes(name: &str, value: &[u8]) -> Self {
        match std::str::from_utf8(value) {
            Ok(text) => Header {
                name: name.to_owned(),
                value: text.to_owned(),
                raw_base64: None,
            },
            Err(_) => Header {
                name: name.to_owned(),
                value: String::from_utf8_lossy(value).into_owned(),
                raw_base64: Some(crate::base::encoding::base64(value)),
            },
        }
    }
}

/// What the captures list shows: everything but headers and body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct CaptureSummary {
    /// ULID: sorts by arrival.
    pub id: String,
    pub inbox: String,
    /// Unix time in milliseconds.
    #[ts(type = "number")]
    pub received_at: i64,
    pub method: String,
    /// The path exactly as on the request line, without the query.
    pub path: String,
    /// The query string verbatim (without `?`), if the request line had one.
    pub query: Option<String>,
    #[ts(type = "number")]
    pub body_size: u64,
    pub content_type: Option<String>,
    pub response_status: u16,
    /// The signature check: `valid`, `invalid` or `unsigned`, against the inbox's verification
    /// or else the secrets saved for the recognised provider; absent when no secret is known.
    pub signature: Option<String>,
    /// The provider recognised from the request itself (its headers, else its body's shape),
    /// or the one the inbox verifies with.
    #[serde(default)]
    pub provider: Option<String>,
    /// The provider's event, refined by its action where it has one (`pull_request.closed`).
    #[serde(default)]
    pub event: Option<String>,
}

/// How a body travels in JSON: as text when it is valid UTF-8, else base64 of the exact bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum BodyEncoding {
    Utf8,
    Base64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Body {
    pub encoding: BodyEncoding,
    pub data: String,
}

impl Body {
    /// The exact bytes this body stands for. Hookbench stores and sends only valid base64, so
    /// an error means the data was damaged (or edited by hand).
    pub fn to_bytes(&self) -> crate::base::error::Result<Vec<u8>> {
        match self.encoding {
            BodyEncoding::Utf8 => Ok(self.data.clone().into_bytes()),
            BodyEncoding::Base64 => {
                crate::base::encoding::base64_decode(&self.data).ok_or_else(|| {
                    crate::base::error::Error::Internal(
                        "a body marked base64 is not valid base64: the stored data is damaged"
                            .into(),
                    )
                })
            }
        }
    }

    pub fn from_bytes(bytes: &[u8]) -> Self {
        match std::str::from_utf8(bytes) {
            Ok(text) => Body {
                encoding: BodyEncoding::Utf8,
                data: text.to_owned(),
            },
            Err(_) => Body {
                encoding: BodyEncoding::Base64,
                data: crate::base::encoding::base64(bytes),
            },
        }
    }
}

/// One received request, stored exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Capture {
    #[serde(flatten)]
    #[ts(flatten)]
    pub summary: CaptureSummary,
    pub http_version: String,
    pub remote_addr: String,
    /// In arrival order, repeats kept.
    pub headers: Vec<Header>,
    pub body: Body,
    /// What Hookbench answered.
    pub response: CapturedResponse,
    /// The inbox's check of this request (signature, event, schema), when the inbox verifies.
    pub check: Option<CaptureCheck>,
}

/// The response Hookbench sent back for a capture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct CapturedResponse {
    pub status: u16,
    pub headers: Vec<Header>,
    pub body: Body,
}

/// Which captures to list (all optional): `GET /api/captures?inbox=&method=&q=&from=&to=`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct CaptureFilter {
    /// Id of the last capture of the previous page.
    #[ts(optional)]
    pub before: Option<String>,
    #[ts(optional)]
    pub limit: Option<u32>,
    #[ts(optional)]
    pub inbox: Option<String>,
    #[ts(optional)]
    pub method: Option<String>,
    /// Words that must all appear (as prefixes) in the method, path, query, headers or body.
    #[ts(optional)]
    pub q: Option<String>,
    /// Received at or after (unix ms).
    #[ts(optional, type = "number")]
    pub from: Option<i64>,
    /// Received at or before (unix ms).
    #[ts(optional, type = "number")]
    pub to: Option<i64>,
    /// Only captures recognised as this provider's (its id, `stripe`).
    #[ts(optional)]
    pub provider: Option<String>,
    /// Only captures of this event: the exact name (`pull_request.closed`), or an event and
    /// every action of it (`pull_request` matches `pull_request.closed`).
    #[ts(optional)]
    pub event: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct CaptureList {
    pub captures: Vec<CaptureSummary>,
    /// Pass as `before` to get the next (older) page; absent on the last page.
    pub next_before: Option<String>,
}
