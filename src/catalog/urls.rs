//! Target URL rules: which URLs a provider would accept as a webhook endpoint.

use std::net::IpAddr;

use url::{Host, Url};

use super::error::CatalogError;
use super::model::Provider;

/// Whether a host is the local machine: `localhost` (and `*.localhost`), 127.0.0.0/8, `::1`.
pub fn is_loopback_host(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(d) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

impl Provider {
    /// Checks a target URL against the provider's rules (`http(s)` only; HTTPS when required,
    /// with plain HTTP allowed on loopback when `allow_loopback_http`).
    pub fn check_url(&self, url: &str) -> Result<(), CatalogError> {
        let fail = |message: &str| CatalogError::InvalidUrl {
            provider: self.id.clone(),
            url: url.to_string(),
            message: message.to_string(),
        };
        let parsed =
            Url::parse(url).map_err(|e| fail(&format!("not a valid absolute URL ({e})")))?;
        let host = parsed.host().ok_or_else(|| fail("the URL has no host"))?;
        match parsed.scheme() {
            "https" => Ok(()),
            "http" if !self.url.https_required => Ok(()),
            "http" if self.url.allow_loopback_http && is_loopback_host(&host) => Ok(()),
            "http" => Err(fail(&format!(
                "{} requires HTTPS (plain HTTP is accepted only on localhost / 127.0.0.1 / ::1)",
                self.name
            ))),
            other => Err(fail(&format!(
                "the scheme must be http or https, not `{other}`"
            ))),
        }
    }
}
