//! The sample template language: parsing JSON templates into a checked tree.
//!
//! Templates are compiled once, at load, so that every error (unknown function, bad arguments,
//! reference to an undefined `$name`) is found before anything is rendered; rendering a compiled
//! template cannot fail. The language is documented in `catalog/README.md`.

use serde_json::Value;

/// Deepest nesting of arrays and objects a template may have (serde_json parses at most 128).
const MAX_DEPTH: usize = 128;
/// The reserved object key that introduces local bindings.
pub(crate) const LET_KEY: &str = "$let";

/// A compiled template value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    /// A value copied as is (a string without placeholders, a number, a bool, null).
    Lit(Value),
    /// A string that is exactly one placeholder: the value keeps its type.
    Whole {
        expr: Expr,
        optional: bool,
    },
    /// A string with text and placeholders: always a string.
    Interp(Vec<Part>),
    Array(Vec<Node>),
    /// Local bindings (`$let`), evaluated in order, then the fields.
    Object {
        lets: Vec<(String, Node)>,
        fields: Vec<(String, Node)>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Part {
    Text(String),
    Expr { expr: Expr, optional: bool },
}

/// What a placeholder computes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    Func(Func),
    /// `$name`: a binding from `$let` or the profile's `let`.
    Ref(String),
    /// `query.NAME`: a query parameter of the target URL (absent when missing or empty).
    Query(String),
    /// `value.NAME`: the webhook's own value NAME (one the profile declares in `values`), else
    /// the declaration's default (absent without one).
    Value(String),
    /// `target_url`: the target URL itself (absent when there is none).
    TargetUrl,
    Event,
    Provider,
    DeliveryId,
    /// `payload`: the rendered event sample, only inside an envelope template.
    Payload,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Charset {
    Alnum,
    Lower,
    Upper,
    Hex,
    Digits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Precision {
    Seconds,
    Millis,
    Micros,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeFormat {
    /// RFC 3339 in UTC; `zulu` chooses `Z` over `+00:00`.
    Iso {
        precision: Precision,
        zulu: bool,
    },
    Unix,
    Millis,
    Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fake {
    FirstName,
    LastName,
    FullName,
    Email,
    Company,
    Phone,
    City,
    Country,
    CountryName,
    Street,
    Zip,
    Url,
    Domain,
    Word,
    Sentence,
    Username,
    Ip,
}

/// An argument that is a value: a reference, a query parameter, or literal text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Arg {
    Expr(Expr),
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Lower,
    Upper,
    Slug,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Func {
    Ulid,
    Uuid,
    Chars(Charset, usize),
    Int(i64, i64),
    Amount(i64, i64),
    Money(i64, i64),
    Bool,
    /// A time `offset` seconds (random in the range) before now; `(0, 0)` is now.
    Time {
        min_ago: i64,
        max_ago: i64,
        format: TimeFormat,
    },
    Fake(Fake),
    Words(usize),
    Pick(Vec<String>),
    PickInt(Vec<i64>),
    Case(Case, Box<Arg>),
    Lit(String),
    /// `str EXPR`: the value of EXPR as a string (`{{str now_unix}}` → `"1736937000"`).
    Str(Box<Expr>),
}

/// A template error: a JSON pointer relative to the template root and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TemplateError {
    pub path: String,
    pub message: String,
}

/// What a template may refer to while it is compiled.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    names: Vec<String>,
    /// The names the profile declares in `values` (`value.NAME`).
    pub values: Vec<String>,
    /// Whether `{{payload}}` is allowed (envelope templates only).
    pub payload: bool,
    /// Whether `{{delivery_id}}` is allowed (not inside the delivery id template itself).
    pub no_delivery_id: bool,
    depth: usize,
}

impl Scope {
    /// A scope with the profile's bindings and its declared values.
    pub fn for_profile(names: &[String], values: &[String]) -> Scope {
        Scope {
            names: names.to_vec(),
            values: values.to_vec(),
            ..Scope::default()
        }
    }
    fn has(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }
}

/// Escapes one JSON pointer segment.
pub(crate) fn pointer_segment(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Compiles a JSON template. `path` is the JSON pointer of `value`, used in errors.
pub(crate) fn compile(value: &Value, path: &str, scope: &mut Scope) -> Result<Node, TemplateError> {
    if matches!(value, Value::Array(_) | Value::Object(_)) {
        if scope.depth >= MAX_DEPTH {
            return Err(TemplateError {
                path: path.to_string(),
                message: format!("the template nests deeper than {MAX_DEPTH} levels"),
            });
        }
        scope.depth += 1;
        let node = compile_container(value, path, scope);
        scope.depth -= 1;
        return node;
    }
    match value {
        Value::String(s) => compile_string(s, scope).map_err(|message| TemplateError {
            path: path.to_string(),
            message,
        }),
        other => Ok(Node::Lit(other.clone())),
    }
}

fn compile_container(value: &Value, path: &str, scope: &mut Scope) -> Result<Node, TemplateError> {
    match value {
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                out.push(compile(item, &format!("{path}/{i}"), scope)?);
            }
            Ok(Node::Array(out))
        }
        Value::Object(map) => {
            let depth = scope.names.len();
            let mut lets = Vec::new();
            if let Some(bindings) = map.get(LET_KEY) {
                let let_path = format!("{path}/{}", pointer_segment(LET_KEY));
                let Value::Object(bindings) = bindings else {
                    return Err(TemplateError {
                        path: let_path,
                        message: "`$let` must be an object of name → template".into(),
                    });
                };
                for (name, template) in bindings {
                    let p = format!("{let_path}/{}", pointer_segment(name));
                    check_name(name).map_err(|message| TemplateError {
                        path: p.clone(),
                        message,
                    })?;
                    let node = compile(template, &p, scope)?;
                    scope.names.push(name.clone());
                    lets.push((name.clone(), node));
                }
            }
            let mut fields = Vec::with_capacity(map.len());
            let mut result = Ok(());
            for (key, item) in map.iter().filter(|(k, _)| k.as_str() != LET_KEY) {
                match compile(item, &format!("{path}/{}", pointer_segment(key)), scope) {
                    Ok(node) => fields.push((key.clone(), node)),
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            }
            scope.names.truncate(depth);
            result.map(|()| Node::Object { lets, fields })
        }
        other => Ok(Node::Lit(other.clone())),
    }
}

/// A binding name: ASCII letters, digits and `_`, not starting with a digit.
pub(crate) fn check_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid binding name `{name}`: use letters, digits and `_`, not starting with a digit"
        ))
    }
}

fn compile_string(s: &str, scope: &Scope) -> Result<Node, String> {
    if !s.contains("{{") {
        return Ok(Node::Lit(Value::String(s.to_string())));
    }
    let mut parts = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find("{{") {
        if start > 0 {
            parts.push(Part::Text(rest[..start].to_string()));
        }
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or_else(|| format!("unclosed `{{{{` in {s:?}"))?;
        let (expr, optional) = compile_expr(&after[..end], scope)?;
        parts.push(Part::Expr { expr, optional });
        rest = &after[end + 2..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest.to_string()));
    }
    if let [Part::Expr { expr, optional }] = parts.as_slice() {
        return Ok(Node::Whole {
            expr: expr.clone(),
            optional: *optional,
        });
    }
    Ok(Node::Interp(parts))
}

pub(crate) fn compile_expr(raw: &str, scope: &Scope) -> Result<(Expr, bool), String> {
    let trimmed = raw.trim();
    let (optional, body) = match trimmed.strip_prefix('?') {
        Some(b) => (true, b.trim_start()),
        None => (false, trimmed),
    };
    let (head, rest) = match body.find(char::is_whitespace) {
        Some(i) => (&body[..i], body[i..].trim()),
        None => (body, ""),
    };
    if head.is_empty() {
        return Err(format!("empty placeholder `{{{{{raw}}}}}`"));
    }
    if let Some(expr) = value_expr(head, scope)? {
        if !rest.is_empty() {
            return Err(format!("`{head}` takes no arguments, found `{rest}`"));
        }
        return Ok((expr, optional));
    }
    let args: Vec<&str> = rest.split_whitespace().collect();
    let func = crate::catalog::funcs::compile_func(head, rest, &args, scope)?;
    Ok((Expr::Func(func), optional))
}

/// Parses a head that names a value rather than a function; `Ok(None)` when it is a function name.
pub(crate) fn value_expr(head: &str, scope: &Scope) -> Result<Option<Expr>, String> {
    if let Some(name) = head.strip_prefix('$') {
        check_name(name)?;
        if !scope.has(name) {
            return Err(format!(
                "`${name}` is not defined here: bind it first with `$let` (or the profile's `let`)"
            ));
        }
        return Ok(Some(Expr::Ref(name.to_string())));
    }
    if let Some(name) = head.strip_prefix("query.") {
        if name.is_empty() {
            return Err("`query.` needs a parameter name, e.g. `query.customUserId`".into());
        }
        return Ok(Some(Expr::Query(name.to_string())));
    }
    if let Some(name) = head.strip_prefix("value.") {
        if !scope.values.iter().any(|v| v == name) {
            let declared = match scope.values.is_empty() {
                true => "none (and a value's default cannot use values)".to_owned(),
                false => scope.values.join(", "),
            };
            return Err(format!(
                "`value.{name}` is not a value the profile declares in `values`; declared: {declared}"
            ));
        }
        return Ok(Some(Expr::Value(name.to_string())));
    }
    Ok(Some(match head {
        "event" => Expr::Event,
        "provider" => Expr::Provider,
        "target_url" => Expr::TargetUrl,
        "delivery_id" if scope.no_delivery_id => {
            return Err("`delivery_id` cannot be used inside the delivery id template".into())
        }
        "delivery_id" => Expr::DeliveryId,
        "payload" if scope.payload => Expr::Payload,
        "payload" => return Err("`payload` is only allowed in the envelope template".into()),
        _ => return Ok(None),
    }))
}
