//! The target of an attempt, from its URL: where to connect and what to put on the request line.

use url::{Host, Url};

use crate::model::{TransportError, TransportErrorKind};

#[derive(Debug, Clone)]
pub struct Target {
    /// The URL as sent (normalised by the URL parser: `http://a` becomes `http://a/`).
    pub url: String,
    pub tls: bool,
    pub host: Host<String>,
    pub port: u16,
    /// The `Host` header: the host and, when not the scheme's default, the port.
    pub authority: String,
    /// The request-target: path and query, never the fragment.
    pub path_and_query: String,
}

impl Target {
    pub fn parse(url: &str) -> Result<Target, TransportError> {
        let fail = |why: String| TransportError {
            kind: TransportErrorKind::InvalidUrl,
            message: format!(
                "`{url}` cannot be sent to: {why}. Hookbench sends to absolute http:// or \
                 https:// URLs with a host, like https://example.com/webhooks"
            ),
        };
        let parsed = Url::parse(url.trim()).map_err(|e| fail(format!("it is not a URL ({e})")))?;
        let tls = match parsed.scheme() {
            "https" => true,
            "http" => false,
            other => return Err(fail(format!("the scheme is `{other}`"))),
        };
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(fail(
                "it has credentials before the host, which Hookbench does not send; put them in \
                 an Authorization header instead"
                    .to_owned(),
            ));
        }
        let host = match parsed.host() {
            Some(Host::Domain("")) | None => return Err(fail("it has no host".to_owned())),
            Some(host) => host.to_owned(),
        };
        let port = parsed
            .port_or_known_default()
            .ok_or_else(|| fail("it has no port".to_owned()))?;
        let host_text = parsed.host_str().unwrap_or_default();
        let authority = match parsed.port() {
            Some(port) => format!("{host_text}:{port}"),
            None => host_text.to_owned(),
        };
        let path_and_query = match parsed.query() {
            Some(query) => format!("{}?{query}", parsed.path()),
            None => parsed.path().to_owned(),
        };
        let mut sent = parsed.clone();
        sent.set_fragment(None);
        Ok(Target {
            url: sent.into(),
            tls,
            host,
            port,
            authority,
            path_and_query,
        })
    }

    /// The host as people write it (`example.com`, `127.0.0.1`, `[::1]`).
    pub fn host_text(&self) -> String {
        self.host.to_string()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn request_line_and_host_header_come_from_the_url() {
        let target = Target::parse("http://127.0.0.1:8787/hooks/a%20b?x=1&y#frag").unwrap();
        assert!(!target.tls);
        assert_eq!(target.port, 8787);
        assert_eq!(target.authority, "127.0.0.1:8787");
        assert_eq!(target.path_and_query, "/hooks/a%20b?x=1&y");
        assert_eq!(target.url, "http://127.0.0.1:8787/hooks/a%20b?x=1&y");

        let target = Target::parse("https://Example.COM").unwrap();
        assert!(target.tls);
        assert_eq!(
            (target.port, target.authority.as_str()),
            (443, "example.com")
        );
        assert_eq!(target.path_and_query, "/");

        let target = Target::parse("http://[::1]:9/").unwrap();
        assert_eq!(target.authority, "[::1]:9");
        assert_eq!(target.host_text(), "[::1]");
    }

    #[test]
    fn unusable_urls_say_what_is_accepted() {
        for url in [
            "ftp://example.com/",
            "example.com/hook",
            "http://",
            "mailto:a@b.c",
            "http://user:pw@example.com/",
            "",
        ] {
            let error = Target::parse(url).unwrap_err();
            assert_eq!(error.kind, TransportErrorKind::InvalidUrl, "{url}");
            assert!(
                error.message.contains("http:// or https://"),
                "{url}: {error:?}"
            );
        }
    }
}
