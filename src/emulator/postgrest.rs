//! The slice of PostgREST's URL grammar that ConnectGain's `/rest/v1/...` paths imply (its API is
//! served the Supabase way): `column=op.value` filters (`eq`, `neq`, `gt`, `gte`, `lt`, `lte`,
//! `is`), a plain `column=value` read as `eq`, `select`, `order`, `limit` and `offset` (answers:
//! `postgrest_shape`). Anything else is a 400 that says what is understood.

use serde_json::{Map, Value};

use super::errors::Failure;
use crate::base::clock::iso_millis;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Bool,
    Number,
    /// RFC 3339 text; filters take a timestamp or a date (`2025-01-15`, that whole UTC day).
    Time,
    /// Not filterable (arrays, secrets).
    Other,
}

pub struct Table {
    pub name: &'static str,
    pub columns: &'static [(&'static str, Kind)],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Neq,
    Gt,
    Gte,
    Lt,
    Lte,
    Is,
}

#[derive(Debug, Clone, PartialEq)]
enum Operand {
    Text(String),
    Bool(bool),
    Number(f64),
    /// Unix ms, `[start, end)`: one millisecond for a timestamp, a day for a date.
    Time(i64, i64),
    Null,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub column: String,
    op: Op,
    operand: Operand,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub filters: Vec<Filter>,
    select: Option<Vec<String>>,
    oldest_first: bool,
    limit: Option<usize>,
    offset: usize,
}

const MAX_LIMIT: usize = 1000;

impl Table {
    fn kind(&self, column: &str) -> Option<Kind> {
        self.columns
            .iter()
            .find(|(name, _)| *name == column)
            .map(|(_, kind)| *kind)
    }

    fn filterable(&self) -> String {
        self.columns
            .iter()
            .filter(|(_, kind)| *kind != Kind::Other)
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn all(&self) -> String {
        let names: Vec<&str> = self.columns.iter().map(|(name, _)| *name).collect();
        names.join(", ")
    }

    /// Parses a query string; `ignored` names parameters taken and left alone (`columns`).
    pub fn parse(&self, raw: Option<&str>, ignored: &[&str]) -> Result<Query, Failure> {
        let mut query = Query::default();
        for (name, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            match name.as_ref() {
                "select" => query.select = self.select(&value)?,
                "order" => query.oldest_first = self.order(&value)?,
                "limit" => query.limit = Some(number(&name, &value, 1..=MAX_LIMIT)?),
                "offset" => query.offset = number(&name, &value, 0..=usize::MAX)?,
                other if ignored.contains(&other) => {}
                column => query.filters.push(self.filter(column, &value)?),
            }
        }
        Ok(query)
    }

    fn filter(&self, column: &str, text: &str) -> Result<Filter, Failure> {
        let kind = match self.kind(column) {
            Some(kind) if kind != Kind::Other => kind,
            _ => {
                return Err(Failure::bad_request(format!(
                    "`{column}` is not a parameter of {}: filter on {} (as `column=eq.value`), or \
                     use select, order, limit, offset",
                    self.name,
                    self.filterable()
                )))
            }
        };
        let (op, value) = split_op(text);
        let bad = |what: &str| {
            Failure::bad_request(format!(
                "`{column}={text}`: {what} (filters look like `{column}=eq.VALUE`; operators eq, \
                 neq, gt, gte, lt, lte, is)"
            ))
        };
        let operand = match (op, kind, value) {
            (Op::Is, _, "null") => Operand::Null,
            (Op::Is, Kind::Bool, "true" | "false") => Operand::Bool(value == "true"),
            (Op::Is, _, _) => return Err(bad("`is` takes null (or true/false)")),
            (_, Kind::Bool, "true" | "false") if matches!(op, Op::Eq | Op::Neq) => {
                Operand::Bool(value == "true")
            }
            (_, Kind::Bool, _) => {
                return Err(bad("this column is true or false, compared with eq or neq"))
            }
            (_, Kind::Number, _) => {
                Operand::Number(value.parse().map_err(|_| bad("this column is a number"))?)
            }
            (_, Kind::Time, _) => {
                let (start, end) = time_range(value).ok_or_else(|| {
                    bad("give a date (2025-01-15) or an RFC 3339 time (2025-01-15T10:30:00Z)")
                })?;
                Operand::Time(start, end)
            }
            _ => Operand::Text(value.to_owned()),
        };
        Ok(Filter {
            column: column.to_owned(),
            op,
            operand,
        })
    }

    fn select(&self, text: &str) -> Result<Option<Vec<String>>, Failure> {
        if text.trim() == "*" {
            return Ok(None);
        }
        let columns: Vec<String> = text.split(',').map(|c| c.trim().to_owned()).collect();
        if let Some(unknown) = columns.iter().find(|c| self.kind(c).is_none()) {
            return Err(Failure::bad_request(format!(
                "select: `{unknown}` is not a column of {} (its columns: {}; renaming and \
                 embedding are not emulated)",
                self.name,
                self.all()
            )));
        }
        Ok(Some(columns))
    }

    /// True for ascending. Rows are ordered by time; `id` sorts the same way (ULIDs).
    fn order(&self, text: &str) -> Result<bool, Failure> {
        let mut parts = text.split('.');
        let column = parts.next().unwrap_or("");
        let direction = parts.next().unwrap_or("asc");
        match (column, direction, parts.next()) {
            ("created_at" | "id", "asc", None) => Ok(true),
            ("created_at" | "id", "desc", None) => Ok(false),
            _ => Err(Failure::bad_request(format!(
                "order=`{text}` is not understood: {} can be ordered by created_at.asc or \
                 created_at.desc (the default)",
                self.name
            ))),
        }
    }
}

impl Query {
    /// Whether `column` is filtered with `eq`: its value.
    pub fn equals(&self, column: &str) -> Option<&str> {
        self.filters.iter().find_map(|f| match (&f.op, &f.operand) {
            (Op::Eq, Operand::Text(value)) if f.column == column => Some(value.as_str()),
            _ => None,
        })
    }

    pub fn matches(&self, row: &Value) -> bool {
        self.filters.iter().all(|f| f.matches(row))
    }

    /// Filters, orders (rows come newest first), pages and projects rows.
    pub fn apply(&self, rows: Vec<Value>) -> Vec<Value> {
        let mut rows: Vec<Value> = rows.into_iter().filter(|row| self.matches(row)).collect();
        if self.oldest_first {
            rows.reverse();
        }
        rows.into_iter()
            .skip(self.offset)
            .take(self.limit.unwrap_or(MAX_LIMIT))
            .map(|row| self.project(row))
            .collect()
    }

    pub fn project(&self, row: Value) -> Value {
        let Some(columns) = &self.select else {
            return row;
        };
        let Value::Object(mut fields) = row else {
            return row;
        };
        let mut kept = Map::new();
        for column in columns {
            if let Some(value) = fields.remove(column) {
                kept.insert(column.clone(), value);
            }
        }
        Value::Object(kept)
    }
}

impl Filter {
    fn matches(&self, row: &Value) -> bool {
        let value = row.get(&self.column).unwrap_or(&Value::Null);
        let ordering = match (&self.operand, value) {
            (Operand::Null, value) => return value.is_null() == (self.op == Op::Is),
            (_, Value::Null) => return false,
            (Operand::Bool(want), Value::Bool(have)) => {
                return (want == have) == (self.op != Op::Neq)
            }
            (Operand::Text(want), Value::String(have)) => have.as_str().cmp(want.as_str()),
            (Operand::Number(want), Value::Number(have)) => {
                match have.as_f64().and_then(|h| h.partial_cmp(want)) {
                    Some(ordering) => ordering,
                    None => return false,
                }
            }
            (Operand::Time(start, end), Value::String(have)) => {
                let Some((at, _)) = time_range(have) else {
                    return false;
                };
                return match self.op {
                    Op::Eq => *start <= at && at < *end,
                    Op::Neq => !(*start <= at && at < *end),
                    Op::Gt => at >= *end,
                    Op::Gte => at >= *start,
                    Op::Lt => at < *start,
                    Op::Lte => at < *end,
                    Op::Is => false,
                };
            }
            _ => return false,
        };
        use std::cmp::Ordering::{Equal, Greater, Less};
        match self.op {
            Op::Eq => ordering == Equal,
            Op::Neq => ordering != Equal,
            Op::Gt => ordering == Greater,
            Op::Gte => ordering != Less,
            Op::Lt => ordering == Less,
            Op::Lte => ordering != Greater,
            Op::Is => false,
        }
    }
}

fn split_op(text: &str) -> (Op, &str) {
    let ops = [
        ("eq.", Op::Eq),
        ("neq.", Op::Neq),
        ("gte.", Op::Gte),
        ("gt.", Op::Gt),
        ("lte.", Op::Lte),
        ("lt.", Op::Lt),
        ("is.", Op::Is),
    ];
    ops.iter()
        .find_map(|(prefix, op)| text.strip_prefix(prefix).map(|rest| (*op, rest)))
        .unwrap_or((Op::Eq, text))
}

fn number(
    name: &str,
    text: &str,
    range: std::ops::RangeInclusive<usize>,
) -> Result<usize, Failure> {
    text.parse::<usize>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            Failure::bad_request(format!(
                "{name}=`{text}` must be a whole number from {} to {}",
                range.start(),
                range.end()
            ))
        })
}

/// `[start, end)` in unix ms of a date (the whole UTC day) or an RFC 3339 time (one ms).
fn time_range(text: &str) -> Option<(i64, i64)> {
    use time::format_description::well_known::Rfc3339;
    if let Ok(at) = time::OffsetDateTime::parse(text, &Rfc3339) {
        let ms = (at.unix_timestamp_nanos() / 1_000_000) as i64;
        return Some((ms, ms + 1));
    }
    let date = time::Date::parse(
        text,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    let start = date.midnight().assume_utc().unix_timestamp() * 1000;
    Some((start, start + 86_400_000))
}

/// Unix ms as PostgREST shows a timestamp (RFC 3339, UTC).
pub fn timestamp(ms: i64) -> Value {
    Value::String(iso_millis(ms))
}
