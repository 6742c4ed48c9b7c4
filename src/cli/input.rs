//! What several commands read the same way: payload files and `Name: value` headers.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use hookbench::model::Header;
use hookbench::services::delivery::validate::validate_header;
use hookbench::{Error, Result};

/// A payload from a file, or from standard input for `-`.
pub fn read_payload(path: &Path) -> Result<Vec<u8>> {
    read_input(path, "the payload")
}

/// `what` from a file, or from standard input for `-`. A missing or unreadable file is bad
/// input (exit 2), not a failure.
pub fn read_input(path: &Path, what: &str) -> Result<Vec<u8>> {
    let read = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    read.map_err(|e| {
        Error::BadRequest(format!(
            "could not read {what} from {}: {e}",
            describe(path)
        ))
    })
}

/// As [`read_input`], for text the API takes as a string: bytes that are not UTF-8 are bad
/// input, saying `why` text is needed.
pub fn read_text(path: &Path, what: &str, why: &str) -> Result<String> {
    String::from_utf8(read_input(path, what)?).map_err(|_| {
        Error::BadRequest(format!(
            "{what} in {} is not UTF-8 text: {why}",
            describe(path)
        ))
    })
}

/// `current` with the top-level keys of the JSON object in a file (or `-`) put in place of its
/// own: `{"url": "..."}` changes the URL and keeps the rest. `what` names the type in messages.
pub fn merge_json_file<T: Serialize + DeserializeOwned>(
    current: T,
    path: &Path,
    what: &str,
) -> Result<T> {
    let source = describe(path);
    let keys = match serde_json::from_slice::<Value>(&read_input(path, "the configuration")?) {
        Ok(Value::Object(keys)) => keys,
        Ok(_) => {
            return Err(Error::BadRequest(format!(
                "the configuration in {source} is not a JSON object"
            )))
        }
        Err(e) => {
            return Err(Error::BadRequest(format!(
                "the configuration in {source} is not JSON: {e}"
            )))
        }
    };
    let mut merged = serde_json::to_value(current)
        .map_err(|e| Error::Internal(format!("{what} could not be encoded: {e}")))?;
    if let Value::Object(object) = &mut merged {
        object.extend(keys);
    }
    serde_json::from_value(merged)
        .map_err(|e| Error::BadRequest(format!("the configuration in {source} is not {what}: {e}")))
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
