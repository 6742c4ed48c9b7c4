//! Evaluation of compiled templates. Infallible: every check happened at compile time.

use std::collections::BTreeMap;

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::{Map, Number, Value};
use time::{Duration, OffsetDateTime, UtcOffset};

use super::fake;
use super::template::{Arg, Case, Charset, Expr, Func, Node, Part, Precision, TimeFormat};

/// Everything a template can read while it renders.
pub(crate) struct Env<'a> {
    pub rng: ChaCha8Rng,
    pub now: OffsetDateTime,
    pub query: &'a [(String, String)],
    pub target_url: Option<&'a str>,
    /// The webhook's own values, and the profile's default for each declared one.
    pub values: Option<&'a BTreeMap<String, String>>,
    pub value_defaults: &'a [(String, Node)],
    pub event: Option<&'a str>,
    pub provider: Option<&'a str>,
    pub delivery_id: Option<&'a str>,
    pub payload: Option<&'a Value>,
    /// Bindings in scope, innermost last; `None` is a binding to an absent value.
    pub vars: Vec<(String, Option<Value>)>,
}

impl Env<'_> {
    fn lookup(&self, name: &str) -> Option<Value> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.clone())
    }
}

/// Renders a node; `None` means absent (an optional placeholder without a value).
pub(crate) fn eval(node: &Node, env: &mut Env) -> Option<Value> {
    match node {
        Node::Lit(v) => Some(v.clone()),
        Node::Whole { expr, optional } => match eval_expr(expr, env) {
            Some(v) => Some(v),
            None if *optional => None,
            None => Some(Value::Null),
        },
        Node::Interp(parts) => {
            let mut out = String::new();
            for part in parts {
                match part {
                    Part::Text(t) => out.push_str(t),
                    Part::Expr { expr, optional } => match eval_expr(expr, env) {
                        Some(v) => out.push_str(&to_text(&v)),
                        None if *optional => return None,
                        None => {}
                    },
                }
            }
            Some(Value::String(out))
        }
        Node::Array(items) => Some(Value::Array(
            items.iter().filter_map(|n| eval(n, env)).collect(),
        )),
        Node::Object { lets, fields } => {
            let depth = env.vars.len();
            for (name, node) in lets {
                let value = eval(node, env);
                env.vars.push((name.clone(), value));
            }
            let mut map = Map::with_capacity(fields.len());
            for (key, node) in fields {
                if let Some(v) = eval(node, env) {
                    map.insert(key.clone(), v);
                }
            }
            env.vars.truncate(depth);
            Some(Value::Object(map))
        }
    }
}

/// A value as text inside a longer string: strings raw, null empty, the rest as compact JSON.
pub(crate) fn to_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn eval_expr(expr: &Expr, env: &mut Env) -> Option<Value> {
    let text = |s: Option<&str>| s.map(|s| Value::String(s.to_string()));
    match expr {
        Expr::Ref(name) => env.lookup(name),
        Expr::Query(name) => env
            .query
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| Value::String(v.clone())),
        Expr::Value(name) => match env.values.and_then(|v| v.get(name)) {
            Some(set) if !set.is_empty() => Some(Value::String(set.clone())),
            _ => {
                let defaults = env.value_defaults;
                let default = defaults.iter().find(|(n, _)| n == name);
                default.and_then(|(_, node)| eval(node, env))
            }
        },
        Expr::TargetUrl => text(env.target_url),
        Expr::Event => text(env.event),
        Expr::Provider => text(env.provider),
        Expr::DeliveryId => text(env.delivery_id),
        Expr::Payload => env.payload.cloned(),
        Expr::Func(f) => Some(eval_func(f, env)),
    }
}

fn eval_func(f: &Func, env: &mut Env) -> Value {
    let rng = &mut env.rng;
    match f {
        Func::Ulid => {
            let ms = unix_millis(env.now).clamp(0, (1i64 << 48) - 1);
            let random: u128 = rng.gen::<u128>() & ((1u128 << 80) - 1);
            Value::String(ulid::Ulid::from_parts(ms.unsigned_abs(), random).to_string())
        }
        Func::Uuid => {
            let bytes: [u8; 16] = rng.gen();
            Value::String(
                uuid::Builder::from_random_bytes(bytes)
                    .into_uuid()
                    .to_string(),
            )
        }
        Func::Chars(set, n) => Value::String(chars(*set, *n, rng)),
        Func::Int(a, b) => Value::Number(Number::from(rng.gen_range(*a..=*b))),
        Func::Amount(a, b) => Value::Number(Number::from(amount(*a, *b, rng))),
        Func::Money(a, b) => {
            let cents = amount(a.saturating_mul(100), b.saturating_mul(100), rng);
            Value::String(format!("{}.{:02}", cents / 100, cents % 100))
        }
        Func::Bool => Value::Bool(rng.gen()),
        Func::Time {
            min_ago,
            max_ago,
            format,
        } => {
            // A range also randomises the sub-second part, as real timestamps have one.
            let ago = if min_ago == max_ago {
                Duration::seconds(*min_ago)
            } else {
                Duration::microseconds(rng.gen_range(min_ago * 1_000_000..=max_ago * 1_000_000))
            };
            let t = env.now.checked_sub(ago).unwrap_or(env.now);
            format_time(t, *format)
        }
        Func::Fake(kind) => Value::String(fake::generate(*kind, rng)),
        Func::Words(n) => Value::String(fake::words(*n, rng)),
        Func::Pick(choices) => {
            let i = rng.gen_range(0..choices.len().max(1));
            Value::String(choices.get(i).cloned().unwrap_or_default())
        }
        Func::PickInt(choices) => {
            let i = rng.gen_range(0..choices.len().max(1));
            Value::Number(Number::from(choices.get(i).copied().unwrap_or_default()))
        }
        Func::Case(case, arg) => {
            let s = match arg.as_ref() {
                Arg::Text(t) => t.clone(),
                Arg::Expr(e) => eval_expr(e, env).map(|v| to_text(&v)).unwrap_or_default(),
            };
            Value::String(match case {
                Case::Lower => s.to_lowercase(),
                Case::Upper => s.to_uppercase(),
                Case::Slug => fake::slug(&s),
            })
        }
        Func::Lit(s) => Value::String(s.clone()),
        Func::Str(e) => Value::String(eval_expr(e, env).map(|v| to_text(&v)).unwrap_or_default()),
    }
}

/// A price in cents that looks like one: most end in 00, 50, 99 or 95.
fn amount(a: i64, b: i64, rng: &mut ChaCha8Rng) -> i64 {
    let raw = rng.gen_range(a..=b);
    let ending = [0, 50, 99, 95][rng.gen_range(0..4)];
    let nice = (raw / 100) * 100 + ending;
    if (a..=b).contains(&nice) {
        nice
    } else {
        raw
    }
}

fn chars(set: Charset, n: usize, rng: &mut ChaCha8Rng) -> String {
    const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const HEX: &[u8] = b"0123456789abcdef";
    const DIGITS: &[u8] = b"0123456789";
    let alphabet = match set {
        Charset::Alnum => ALNUM,
        Charset::Lower => LOWER,
        Charset::Upper => UPPER,
        Charset::Hex => HEX,
        Charset::Digits => DIGITS,
    };
    (0..n)
        .map(|i| {
            // Numeric ids do not start with 0.
            let from = usize::from(set == Charset::Digits && i == 0);
            char::from(alphabet[rng.gen_range(from..alphabet.len())])
        })
        .collect()
}

pub(crate) fn unix_millis(t: OffsetDateTime) -> i64 {
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(0)
}

/// Formats a time; always in UTC.
pub(crate) fn format_time(t: OffsetDateTime, format: TimeFormat) -> Value {
    let t = t.to_offset(UtcOffset::UTC);
    let date = format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day());
    match format {
        TimeFormat::Unix => Value::Number(Number::from(t.unix_timestamp())),
        TimeFormat::Millis => Value::Number(Number::from(unix_millis(t))),
        TimeFormat::Date => Value::String(date),
        TimeFormat::Iso { precision, zulu } => {
            let frac = match precision {
                Precision::Seconds => String::new(),
                Precision::Millis => format!(".{:03}", t.millisecond()),
                Precision::Micros => format!(".{:06}", t.microsecond()),
            };
            let zone = if zulu { "Z" } else { "+00:00" };
            Value::String(format!(
                "{date}T{:02}:{:02}:{:02}{frac}{zone}",
                t.hour(),
                t.minute(),
                t.second()
            ))
        }
    }
}
