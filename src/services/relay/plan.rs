//! The request a forward or replay sends: the captured method, path suffix, query, headers
//! (hop-by-hop ones removed, edits applied) and exact body, to a target URL; re-signed at each
//! attempt when asked. Stored with its delivery, so a retry sends what the first attempt sent.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::base::error::{Error, Result};
use crate::model::Header;
use crate::model::Resign;
use crate::model::RetryPolicy;
use crate::services::delivery::http::{HttpRequest, Reach, SendOptions};
use crate::services::delivery::MAX_RESPONSE_BODY;
use crate::services::provider::request;
use crate::signing::{self, Message, Scheme};

/// Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus the framing
/// and `Host` the executor writes for the target itself.
const HOP_BY_HOP: [&str; 11] = [
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
];

/// What a capture looked like when it arrived, as far as sending it again goes.
pub struct Source<'a> {
    pub inbox: &'a str,
    pub method: &'a str,
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub headers: &'a [Header],
}

/// How to send it: where, with which edits, how patiently.
pub struct Target<'a> {
    pub url: &'a str,
    /// Append the path after the inbox segment and the query to `url`.
    pub keep_path: bool,
    pub set_headers: &'a [Header],
    pub remove_headers: &'a [String],
    pub timeout_ms: u32,
    pub retry: RetryPolicy,
    pub allow_private_network: bool,
    pub resign: Option<Resign>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub method: String,
    pub url: String,
    pub headers: Vec<Header>,
    pub timeout_ms: u32,
    pub retry: RetryPolicy,
    pub allow_private_network: bool,
    #[serde(default)]
    pub resign: Option<Resign>,
    /// A replay's rate limit: at least this long between the starts of two of its attempts
    /// (0: none).
    #[serde(default)]
    pub min_interval_ms: u32,
}

impl Plan {
    pub fn new(source: &Source, target: Target) -> Plan {
        let url = if target.keep_path {
            join_url(target.url, &suffix(source.inbox, source.path), source.query)
        } else {
            target.url.to_owned()
        };
        let mut headers = end_to_end(source.headers);
        headers.retain(|h| {
            !target
                .remove_headers
                .iter()
                .any(|name| name.trim().eq_ignore_ascii_case(&h.name))
        });
        for header in target.set_headers {
            set_header(&mut headers, header.clone());
        }
        Plan {
            method: source.method.to_owned(),
            url,
            headers,
            timeout_ms: target.timeout_ms,
            retry: target.retry,
            allow_private_network: target.allow_private_network,
            resign: target.resign,
            min_interval_ms: 0,
        }
    }

    pub fn encode(&self) -> Result<String> {
        serde_json::to_string(self)
            .map_err(|e| Error::Internal(format!("a forward plan could not be encoded: {e}")))
    }

    pub fn decode(text: &str) -> Result<Plan> {
        serde_json::from_str(text)
            .map_err(|e| Error::Internal(format!("a stored forward plan is unreadable: {e}")))
    }

    /// The request of one attempt; re-signed now when the plan says so. `message_id` is signed
    /// where the scheme signs an id and the capture carried none.
    pub fn request(&self, body: &[u8], message_id: &str) -> Result<HttpRequest> {
        let mut request = self.unsigned_request(bytes::Bytes::copy_from_slice(body));
        if let Some(resign) = &self.resign {
            for (name, value) in resign_headers(resign, &request.headers, body, message_id)? {
                set_header(
                    &mut request.headers,
                    Header::from_bytes(&name, value.as_bytes()),
                );
            }
        }
        Ok(request)
    }

    /// The request as planned, without a re-sign (a forward's).
    pub fn unsigned_request(&self, body: bytes::Bytes) -> HttpRequest {
        HttpRequest {
            method: self.method.clone(),
            url: self.url.clone(),
            headers: self.headers.clone(),
            body,
        }
    }

    /// `reach` is the engine's send policy for this plan (its `allow_private_network` or the
    /// global setting, Hookbench's own addresses).
    pub fn send_options(&self, reach: Reach) -> SendOptions {
        SendOptions {
            timeout: Duration::from_millis(u64::from(self.timeout_ms.max(1))),
            max_response_body: MAX_RESPONSE_BODY,
            reach,
        }
    }
}

/// The request's path after its inbox segment (`/shop/orders/1` in inbox `shop` is
/// `/orders/1`); a path of another inbox's default capture is kept whole.
pub fn suffix(inbox: &str, path: &str) -> String {
    let prefix = format!("/{inbox}");
    match path.strip_prefix(&prefix) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest.to_owned(),
        _ => path.to_owned(),
    }
}

/// `base` + path suffix + the capture's query (after the base's own query, if any). The bytes
/// are kept as they arrived: nothing is decoded or re-encoded.
pub fn join_url(base: &str, suffix: &str, query: Option<&str>) -> String {
    let base = base.split('#').next().unwrap_or(base);
    let (path, base_query) = match base.split_once('?') {
        Some((path, q)) => (path, Some(q)),
        None => (base, None),
    };
    let mut url = if suffix.is_empty() || suffix == "/" && path.ends_with('/') {
        path.to_owned()
    } else {
        format!("{}{suffix}", path.trim_end_matches('/'))
    };
    let queries: Vec<&str> = [base_query, query]
        .into_iter()
        .flatten()
        .filter(|q| !q.is_empty())
        .collect();
    if !queries.is_empty() {
        url.push('?');
        url.push_str(&queries.join("&"));
    }
    url
}

/// The headers without hop-by-hop ones, nor those the `Connection` header names.
fn end_to_end(headers: &[Header]) -> Vec<Header> {
    let named: Vec<String> = headers
        .iter()
        .filter(|h| h.name.eq_ignore_ascii_case("connection"))
        .flat_map(|h| h.value.split(','))
        .map(|token| token.trim().to_ascii_lowercase())
        .filter(|token| !token.is_empty())
        .collect();
    headers
        .iter()
        .filter(|h| {
            let name = h.name.to_ascii_lowercase();
            !HOP_BY_HOP.contains(&name.as_str()) && !named.contains(&name)
        })
        .cloned()
        .collect()
}

/// Replaces the first header of that name in place (dropping its repeats), else appends it.
pub fn set_header(headers: &mut Vec<Header>, header: Header) {
    let same = |h: &Header| h.name.eq_ignore_ascii_case(&header.name);
    match headers.iter().position(same) {
        Some(first) => {
            let mut index = 0;
            headers.retain(|h| {
                let keep = index <= first || !same(h);
                index += 1;
                keep
            });
            headers[first] = header;
        }
        None => headers.push(header),
    }
}

/// The scheme's signature headers for `body`, signed now with the given secret.
fn resign_headers(
    resign: &Resign,
    headers: &[Header],
    body: &[u8],
    message_id: &str,
) -> Result<Vec<(String, String)>> {
    let scheme = resign_scheme(resign)?;
    if matches!(scheme, Scheme::None) {
        return Err(Error::BadRequest(format!(
            "provider `{}` does not sign its webhooks: choose a profile that does to re-sign",
            resign.provider
        )));
    }
    if resign.secret.trim().is_empty() {
        return Err(Error::BadRequest(
            "re-signing needs the secret the consumer verifies with".into(),
        ));
    }
    let id = captured_id(&scheme, headers).unwrap_or_else(|| message_id.to_owned());
    let signed = signing::sign(
        &scheme,
        std::slice::from_ref(&resign.secret),
        &Message {
            id: &id,
            timestamp: OffsetDateTime::now_utc().unix_timestamp(),
            body,
        },
    )?;
    Ok(signed)
}

/// The scheme a re-sign uses, or why it cannot be used.
pub fn resign_scheme(resign: &Resign) -> Result<Scheme> {
    let catalog = request::catalog()?;
    let provider = catalog.provider(&resign.provider)?;
    request::scheme_for(provider, resign.scheme.clone())
}

/// The message id the original request carried, for schemes that sign one.
fn captured_id(scheme: &Scheme, headers: &[Header]) -> Option<String> {
    let names: Vec<&str> = match scheme {
        Scheme::StandardWebhooks => vec!["webhook-id", "svix-id"],
        Scheme::Hmac(cfg) => cfg.id_header.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    names.iter().find_map(|name| {
        headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value.trim().to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_suffix_and_query_follow_the_base() {
        assert_eq!(suffix("shop", "/shop/orders/1"), "/orders/1");
        assert_eq!(suffix("shop", "/shop"), "");
        assert_eq!(suffix("shop", "/shopping"), "/shopping");
        assert_eq!(suffix("default", "/other/x"), "/other/x");
        assert_eq!(
            join_url("http://h:1/hooks/", "/orders/1", Some("a=%20b&a=2")),
            "http://h:1/hooks/orders/1?a=%20b&a=2"
        );
        assert_eq!(
            join_url("http://h:1/hooks?k=1", "", Some("x=2")),
            "http://h:1/hooks?k=1&x=2"
        );
        assert_eq!(join_url("http://h:1", "", None), "http://h:1");
    }

    #[test]
    fn hop_by_hop_headers_go_and_edits_apply() {
        let h = |n: &str, v: &str| Header::from_bytes(n, v.as_bytes());
        let source = Source {
            inbox: "shop",
            method: "PUT",
            path: "/shop/x",
            query: None,
            headers: &[
                h("Host", "127.0.0.1:8787"),
                h("Connection", "keep-alive, X-Hop"),
                h("X-Hop", "1"),
                h("X-A", "1"),
                h("x-a", "2"),
                h("Transfer-Encoding", "chunked"),
                h("X-Secret", "s"),
            ],
        };
        let plan = Plan::new(
            &source,
            Target {
                url: "http://t:2/in",
                keep_path: true,
                set_headers: &[h("X-A", "set"), h("X-New", "n")],
                remove_headers: &["x-secret".to_owned()],
                timeout_ms: 1000,
                retry: RetryPolicy::None,
                allow_private_network: false,
                resign: None,
            },
        );
        assert_eq!(plan.url, "http://t:2/in/x");
        let names: Vec<(&str, &str)> = plan
            .headers
            .iter()
            .map(|h| (h.name.as_str(), h.value.as_str()))
            .collect();
        assert_eq!(names, vec![("X-A", "set"), ("X-New", "n")]);
    }
}
