//! Reading the Workspace page's pseudo-code as JSON, as the workspace profile's `docs` say:
//! comments (`// ...`, and `<- ...` without the slashes) are dropped; `key=value` and
//! `"key": value` (quotes single or double) are object members, separated by commas or line
//! breaks; a trailing comma is ignored; `'text'` and `"text"` are strings, `true`/`false`/numbers
//! are themselves; an unquoted expression (`self.id`, `integration.metadata`, `diff`) stands for a
//! value the page does not show, and becomes what `placeholder` gives for it.

use serde_json::{Map, Value};

/// Reads one example: `{ ... }` or `payload={ ... },`.
pub fn read(text: &str, placeholder: &dyn Fn(&str) -> Value) -> Result<Value, String> {
    let code: String = text
        .lines()
        .map(|line| {
            let cut = [line.find("//"), line.find("<-")]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(line.len());
            &line[..cut]
        })
        .collect::<Vec<_>>()
        .join("\n");
    let code = code.trim().trim_end_matches(',').trim();
    let code = code.strip_prefix("payload=").unwrap_or(code);
    let mut reader = Reader {
        chars: code.chars().collect(),
        at: 0,
        placeholder,
    };
    let value = reader.value()?;
    reader.blank();
    match reader.at == reader.chars.len() {
        true => Ok(value),
        false => Err(format!("unread text at {}: {code}", reader.at)),
    }
}

struct Reader<'p> {
    chars: Vec<char>,
    at: usize,
    placeholder: &'p dyn Fn(&str) -> Value,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn blank(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Value, String> {
        self.blank();
        match self.peek() {
            Some('{') => self.object(),
            Some(q @ ('\'' | '"')) => self.string(q).map(Value::String),
            Some(_) => {
                let word = self.word();
                if word.is_empty() {
                    return Err(format!("a value was expected at {}", self.at));
                }
                Ok(match word.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    _ => match word.parse::<i64>() {
                        Ok(n) => Value::from(n),
                        Err(_) => (self.placeholder)(&word),
                    },
                })
            }
            None => Err("the text ends where a value was expected".into()),
        }
    }

    fn word(&mut self) -> String {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
        {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    fn string(&mut self, quote: char) -> Result<String, String> {
        self.at += 1;
        let start = self.at;
        while self.peek().is_some_and(|c| c != quote) {
            self.at += 1;
        }
        if self.peek().is_none() {
            return Err("an unclosed string".into());
        }
        self.at += 1;
        Ok(self.chars[start..self.at - 1].iter().collect())
    }

    fn object(&mut self) -> Result<Value, String> {
        self.at += 1;
        let mut map = Map::new();
        loop {
            self.blank();
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    return Ok(Value::Object(map));
                }
                Some(',') => self.at += 1,
                Some(q @ ('\'' | '"')) => {
                    let key = self.string(q)?;
                    self.member(key, &mut map)?;
                }
                Some(_) => {
                    let key = self.word();
                    if key.is_empty() {
                        return Err(format!("a key was expected at {}", self.at));
                    }
                    self.member(key, &mut map)?;
                }
                None => return Err("an unclosed object".into()),
            }
        }
    }

    fn member(&mut self, key: String, map: &mut Map<String, Value>) -> Result<(), String> {
        self.blank();
        match self.peek() {
            Some('=' | ':') => self.at += 1,
            _ => return Err(format!("`=` or `:` was expected after `{key}`")),
        }
        let value = self.value()?;
        map.insert(key, value);
        Ok(())
    }
}
