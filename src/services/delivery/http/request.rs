//! The hyper request of an attempt: the caller's headers, plus the `Host` and `Content-Length`
//! Hookbench writes itself.

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::{Method, Version};

use super::errors::unwritable;
use super::target::Target;
use super::HttpRequest;
use crate::model::Header;
use crate::model::TransportError;

/// Framing and connection headers belong to the executor, not to the caller.
const OWN: [HeaderName; 4] = [
    header::HOST,
    header::CONTENT_LENGTH,
    header::TRANSFER_ENCODING,
    header::CONNECTION,
];

/// Whether the executor writes this header itself (a caller's is dropped).
pub fn is_own_header(name: &HeaderName) -> bool {
    OWN.contains(name)
}

/// The request, and its headers in the order hyper writes them (the map's order).
pub fn build(
    request: &HttpRequest,
    target: &Target,
) -> Result<(hyper::Request<Full<Bytes>>, Vec<Header>), TransportError> {
    let method = Method::from_bytes(request.method.as_bytes())
        .map_err(|_| unwritable(format!("`{}` is not an HTTP method", request.method)))?;
    let mut headers = HeaderMap::new();
    headers.insert(header::HOST, value("Host", target.authority.as_bytes())?);
    for h in &request.headers {
        let name = HeaderName::from_bytes(h.name.as_bytes())
            .map_err(|_| unwritable(format!("`{}` is not a valid header name", h.name)))?;
        if is_own_header(&name) {
            continue;
        }
        let raw = h
            .raw_base64
            .as_deref()
            .and_then(crate::base::encoding::base64_decode);
        let bytes = raw.as_deref().unwrap_or(h.value.as_bytes());
        headers.append(name, value(&h.name, bytes)?);
    }
    let bodiless = matches!(
        method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    );
    if !(bodiless && request.body.is_empty()) {
        headers.insert(
            header::CONTENT_LENGTH,
            HeaderValue::from(request.body.len()),
        );
    }
    let planned = headers
        .iter()
        .map(|(name, value)| Header::from_bytes(name.as_str(), value.as_bytes()))
        .collect();
    let mut built = hyper::Request::new(Full::new(request.body.clone()));
    *built.method_mut() = method;
    *built.version_mut() = Version::HTTP_11;
    *built.uri_mut() = target.path_and_query.parse().map_err(|e| {
        unwritable(format!(
            "the path `{}` is not valid ({e})",
            target.path_and_query
        ))
    })?;
    *built.headers_mut() = headers;
    Ok((built, planned))
}

fn value(name: &str, bytes: &[u8]) -> Result<HeaderValue, TransportError> {
    HeaderValue::from_bytes(bytes).map_err(|_| {
        unwritable(format!(
            "the value of header `{name}` has characters a header cannot carry (control \
             characters or line breaks)"
        ))
    })
}
