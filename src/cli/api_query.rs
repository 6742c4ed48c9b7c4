//! API paths with a query string built from the flags that were given.

/// `path?key=value&...`, values URL-encoded, absent ones left out.
pub fn with_query(path: &str, pairs: &[(&str, Option<&str>)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter_map(|(key, value)| value.map(|v| format!("{key}={}", encode(v))))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// One path segment or query value, URL-encoded.
pub fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_given_values_are_encoded_in() {
        assert_eq!(
            with_query(
                "/api/captures",
                &[("limit", Some("5")), ("inbox", None), ("q", Some("a b&c"))]
            ),
            "/api/captures?limit=5&q=a+b%26c"
        );
        assert_eq!(with_query("/x", &[("a", None)]), "/x");
    }
}
