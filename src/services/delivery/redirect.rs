//! Following redirects, for webhooks that opt in (`follow_redirects`). By default a 3xx is the
//! attempt's answer, as Standard Webhooks advises. When followed, each hop is a new request
//! through the same sender, so the reach policy checks every hop's resolved address again: a
//! redirect cannot lead an attempt to a cloud metadata address or a refused port.
//!
//! Method rules are curl's and the browsers': 301, 302 and 303 turn a POST into a GET without a
//! body; 307 and 308 repeat the method and body. Credentials (`Authorization`, `Cookie`) are not
//! carried to another origin; the signature headers are, since they sign the payload, not the
//! URL.

use url::Url;

use std::sync::Arc;

use crate::model::Redirect;
use crate::services::delivery::http::{self, Exchange, HttpRequest, Pool, SendOptions};

/// The most redirects one attempt follows; the next 3xx is its answer.
pub const MAX_REDIRECTS: usize = 5;

/// An attempt's last exchange, the redirects before it, and why the last 3xx was not followed.
pub struct Sent {
    pub exchange: Exchange,
    pub redirects: Vec<Redirect>,
    pub stopped: Option<String>,
}

/// Sends the request and, when `follow` is set, the requests its redirects ask for.
pub async fn send(
    mut request: HttpRequest,
    follow: bool,
    options: &SendOptions,
    pool: &Arc<Pool>,
) -> Sent {
    let mut redirects = Vec::new();
    loop {
        let exchange = if follow {
            http::send_pooled(request.clone(), options, pool).await
        } else {
            return Sent {
                exchange: http::send_pooled(request, options, pool).await,
                redirects,
                stopped: None,
            };
        };
        let stopped = match next(&request, &exchange) {
            Next::Done => None,
            Next::Refused(why) => Some(why),
            Next::Follow(_, _) if redirects.len() == MAX_REDIRECTS => {
                Some(format!("it stopped after {MAX_REDIRECTS} redirects"))
            }
            Next::Follow(hop, next) => {
                redirects.push(hop);
                request = next;
                continue;
            }
        };
        return Sent {
            exchange,
            redirects,
            stopped,
        };
    }
}

/// What a 3xx answer leads to.
pub enum Next {
    /// Not a redirect (or no answer): the exchange is the attempt's result.
    Done,
    /// Follow it with this request.
    Follow(Redirect, HttpRequest),
    /// A redirect that cannot be followed, and why.
    Refused(String),
}

/// The request a redirect answer asks for.
pub fn next(request: &HttpRequest, exchange: &Exchange) -> Next {
    let Ok(response) = &exchange.response else {
        return Next::Done;
    };
    if !matches!(response.status, 301 | 302 | 303 | 307 | 308) {
        return Next::Done;
    }
    let location = response
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("location"))
        .map(|h| h.value.trim().to_owned());
    let hop = |location: &str| Redirect {
        method: request.method.clone(),
        url: request.url.clone(),
        status: response.status,
        location: location.to_owned(),
    };
    let Some(location) = location.filter(|l| !l.is_empty()) else {
        return Next::Refused("it has no Location header".to_owned());
    };
    let target = match Url::parse(&request.url).and_then(|base| base.join(&location)) {
        Ok(target) => target,
        Err(e) => {
            return Next::Refused(format!(
                "its Location {location:?} is not a valid URL ({e})"
            ))
        }
    };
    if !matches!(target.scheme(), "http" | "https") {
        return Next::Refused(format!(
            "its Location {location:?} is not an http:// or https:// URL"
        ));
    }
    let same_origin = Url::parse(&request.url).is_ok_and(|from| from.origin() == target.origin());
    let becomes_get = matches!(response.status, 301..=303) && request.method != "HEAD";
    let headers: Vec<_> = request
        .headers
        .iter()
        .filter(|h| same_origin || !is_credential(&h.name))
        .filter(|h| !becomes_get || !is_about_body(&h.name))
        .cloned()
        .collect();
    let next = HttpRequest {
        method: if becomes_get {
            "GET".to_owned()
        } else {
            request.method.clone()
        },
        url: target.to_string(),
        headers,
        body: if becomes_get {
            bytes::Bytes::new()
        } else {
            request.body.clone()
        },
    };
    Next::Follow(hop(&location), next)
}

fn is_credential(name: &str) -> bool {
    name.eq_ignore_ascii_case("authorization") || name.eq_ignore_ascii_case("cookie")
}

fn is_about_body(name: &str) -> bool {
    name.eq_ignore_ascii_case("content-type") || name.eq_ignore_ascii_case("content-encoding")
}
