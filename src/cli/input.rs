//! What several commands read the same way: payload files and `Name: value` headers.

use std::path::Path;

use hookbench::model::Header;
use hookbench::sender::validate::validate_header;
use hookbench::{Error, Result};

/// A payload from a file, or from standard input for `-`.
pub fn read_payload(path: &Path) -> Result<Vec<u8>> {
    let read = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    read.map_err(|e| {
        Error::io(
            format!("could not read the payload from {}", describe(path)),
            e,
        )
    })
}

/// How a payload source reads in a message.
pub fn describe(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    }
}

/// `Name: value`, checked as the sender checks a webhook's custom headers.
pub fn parse_header(text: &str) -> std::result::Result<Header, String> {
    let (name, value) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not a header: write it as `Name: value`"))?;
    let (name, value) = (name.trim(), value.trim());
    validate_header(name, value).map_err(|e| e.to_string())?;
    Ok(Header::from_bytes(name, value.as_bytes()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_name_colon_value() {
        let header = parse_header("X-Env:  staging ").unwrap();
        assert_eq!(
            (header.name.as_str(), header.value.as_str()),
            ("X-Env", "staging")
        );
        assert_eq!(parse_header("X-Empty:").unwrap().value, "");
        assert!(parse_header("no colon").is_err());
        assert!(parse_header("Bad Name: x").is_err());
        assert!(parse_header("Host: evil")
            .unwrap_err()
            .contains("set by Hookbench"));
    }
}
