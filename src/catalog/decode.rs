//! Reading a profile's JSON by hand, so every shape error names its file and JSON pointer.

use serde_json::{Map, Value};

use super::error::CatalogError;
use super::template::pointer_segment;

/// A JSON object being read, with its file and pointer for error messages.
pub(crate) struct Obj<'a> {
    pub file: &'a str,
    pub path: String,
    pub map: &'a Map<String, Value>,
}

impl<'a> Obj<'a> {
    pub fn new(file: &'a str, path: String, value: &'a Value) -> Result<Obj<'a>, CatalogError> {
        match value {
            Value::Object(map) => Ok(Obj { file, path, map }),
            other => Err(error(
                file,
                display(&path),
                format!("expected an object, found {}", kind(other)),
            )),
        }
    }

    pub fn at(&self, key: &str) -> String {
        format!("{}/{}", self.path, pointer_segment(key))
    }

    pub fn err(&self, key: &str, message: impl Into<String>) -> CatalogError {
        error(self.file, self.at(key), message.into())
    }

    /// Fails on keys not in `allowed` (catches typos such as `sampels`).
    pub fn only(&self, allowed: &[&str]) -> Result<(), CatalogError> {
        match self.map.keys().find(|k| !allowed.contains(&k.as_str())) {
            Some(k) => Err(self.err(
                k,
                format!("unknown key `{k}`; allowed: {}", allowed.join(", ")),
            )),
            None => Ok(()),
        }
    }

    pub fn value(&self, key: &str) -> Result<&'a Value, CatalogError> {
        self.map.get(key).ok_or_else(|| {
            error(
                self.file,
                display(&self.path),
                format!("missing required key `{key}`"),
            )
        })
    }

    /// A present, non-null value.
    pub fn opt(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub fn string(&self, key: &str) -> Result<String, CatalogError> {
        let v = self.value(key)?;
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| self.err(key, format!("expected a string, found {}", kind(v))))
    }

    pub fn opt_string(&self, key: &str) -> Result<Option<String>, CatalogError> {
        match self.opt(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(v) => Err(self.err(key, format!("expected a string or null, found {}", kind(v)))),
        }
    }

    pub fn bool_or(&self, key: &str, default: bool) -> Result<bool, CatalogError> {
        match self.opt(key) {
            None => Ok(default),
            Some(Value::Bool(b)) => Ok(*b),
            Some(v) => Err(self.err(key, format!("expected true or false, found {}", kind(v)))),
        }
    }

    pub fn array(&self, key: &str) -> Result<&'a Vec<Value>, CatalogError> {
        let v = self.value(key)?;
        v.as_array()
            .ok_or_else(|| self.err(key, format!("expected an array, found {}", kind(v))))
    }

    pub fn opt_object(&self, key: &str) -> Result<Option<&'a Map<String, Value>>, CatalogError> {
        match self.opt(key) {
            None => Ok(None),
            Some(Value::Object(m)) => Ok(Some(m)),
            Some(v) => Err(self.err(key, format!("expected an object, found {}", kind(v)))),
        }
    }

    pub fn child(&self, key: &str) -> Result<Obj<'a>, CatalogError> {
        Obj::new(self.file, self.at(key), self.value(key)?)
    }
}

pub(crate) fn error(file: &str, path: String, message: String) -> CatalogError {
    CatalogError::Profile {
        file: file.to_string(),
        path,
        message,
    }
}

/// The root pointer is the empty string; show it as `/` in messages.
pub(crate) fn display(path: &str) -> String {
    if path.is_empty() {
        "/".to_string()
    } else {
        path.to_string()
    }
}

pub(crate) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parses JSON text, turning a syntax error into a load error with line and column.
pub(crate) fn parse(file: &str, text: &str) -> Result<Value, CatalogError> {
    serde_json::from_str(text).map_err(|e| CatalogError::Json {
        file: file.to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}
