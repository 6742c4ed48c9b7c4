//! `--match EXPR`: a condition on a capture, as `captures wait` takes it.
//!
//! `FIELD OP VALUE`, or a bare `FIELD` for "present". Operators: `=` (the whole value matches
//! a glob; without `*` or `?` that is equality), `!=` (not `=`), `~` (contains), `!~` (does not
//! contain). A field with several values (a repeated header) matches `=`/`~` when any value
//! does; `!=`/`!~` hold when none does, also when the field is absent.

mod eval;
mod facts;

pub use facts::Facts;

/// What `--match` means, shown by `captures wait --help`.
pub const MATCH_HELP: &str = "\
A condition the capture must meet; repeat for several (all must hold).
Write FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, FIELD!~TEXT, or a bare FIELD (present):
  =   the whole value matches (a glob: * any run of characters, ? one; else equality)
  !=  it does not (also true when the field is absent)
  ~   the value contains TEXT
  !~  it does not contain TEXT
Fields:
  method       the request method, any case            method=POST
  path         the full path, without the query        path=/shop/orders/*
  query        the raw query string                    query~debug=1
  query:NAME   a query parameter (decoded)             query:page=2
  inbox        the inbox's URL segment                 inbox=shop
  status       the status Hookbench answered with      status=2??
  signature    the inbox's verdict: valid, invalid     signature=valid
               or unsigned (the inbox must verify)
  event        the provider event the inbox            event=payment_intent.*
               recognised (the inbox must verify)
  header:NAME  a header, name in any case              header:Stripe-Signature
                                                       header:Content-Type~json
  body         the body as text (gzip, deflate and     body~order_123
               br undone)
  json:PATH    a field of the JSON body: a dotted      json:data.object.id=pi_123
               path (items.0.id; * is any element)     json:/data/object/id=pi_123
               or a JSON pointer; strings compare      json:livemode=false
               as text, other values as JSON
Case matters except in methods and header names. Quote each EXPR for the shell.";

/// One parsed `--match` expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matcher {
    /// As the user wrote it, for messages.
    pub text: String,
    field: Field,
    op: Op,
    value: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Field {
    Method,
    Path,
    Query,
    QueryParam(String),
    Inbox,
    Status,
    Signature,
    Event,
    Body,
    Header(String),
    Json(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Equals,
    NotEquals,
    Contains,
    NotContains,
}

const FIELDS: &str = "method, path, query, query:NAME, inbox, status, signature, event, body, \
                      header:NAME or json:PATH";
const VERDICTS: [&str; 3] = ["valid", "invalid", "unsigned"];

impl Matcher {
    /// Parses `FIELD[OP VALUE]`, saying what is wrong with a bad one (clap shows it, exit 2).
    pub fn parse(text: &str) -> Result<Matcher, String> {
        let fail = |why: String| format!("`{text}`: {why} (see `hookbench captures wait --help`)");
        let key_end = text
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len());
        let key = &text[..key_end];
        let rest = &text[key_end..];
        let takes_argument = matches!(key, "header" | "json" | "query");
        let (argument, rest) = match rest.strip_prefix(':') {
            Some(after) if takes_argument => {
                let end = operator_at(after, key == "json").unwrap_or(after.len());
                (Some(&after[..end]), &after[end..])
            }
            Some(_) => return Err(fail(format!("`{key}` takes no `:NAME`; fields: {FIELDS}"))),
            None => (None, rest),
        };
        let field = field(key, argument).map_err(fail)?;
        let (op, value) = match operator(rest) {
            Some((op, value)) => (op, value),
            None if rest.is_empty() && argument.is_some() => (Op::Equals, "*"),
            None if rest.is_empty() && key.is_empty() => return Err(fail("empty".into())),
            None if rest.is_empty() => {
                return Err(fail(format!(
                    "`{key}` needs a value, e.g. `{key}=VALUE` (only header:NAME, json:PATH \
                     and query:NAME may stand alone, meaning present)"
                )))
            }
            None => {
                return Err(fail(format!(
                    "expected =, !=, ~ or !~ after `{}`",
                    &text[..text.len() - rest.len()]
                )))
            }
        };
        check_value(&field, op, value).map_err(fail)?;
        Ok(Matcher {
            text: text.to_owned(),
            field,
            op,
            value: value.to_owned(),
        })
    }

    /// Whether it can be judged from the captures list (no headers or body needed).
    pub fn needs_whole_capture(&self) -> bool {
        matches!(
            self.field,
            Field::Event | Field::Body | Field::Header(_) | Field::Json(_)
        )
    }

    /// Whether it asks about the inbox's signature verdict.
    pub fn is_about_signature(&self) -> bool {
        self.field == Field::Signature
    }
}

fn field(key: &str, argument: Option<&str>) -> Result<Field, String> {
    let named = |what: &str| match argument {
        Some(name) if !name.is_empty() => Ok(name.to_owned()),
        _ => Err(format!(
            "`{key}` needs a {what}, e.g. `{key}:{}`",
            example(key)
        )),
    };
    Ok(match key {
        "method" => Field::Method,
        "path" => Field::Path,
        "query" if argument.is_none() => Field::Query,
        "query" => Field::QueryParam(named("parameter name")?),
        "inbox" => Field::Inbox,
        "status" => Field::Status,
        "signature" => Field::Signature,
        "event" => Field::Event,
        "body" => Field::Body,
        "header" => Field::Header(named("header name")?),
        "json" => Field::Json(named("path")?),
        "" => return Err(format!("a condition starts with a field: {FIELDS}")),
        other => return Err(format!("unknown field `{other}`; fields: {FIELDS}")),
    })
}

fn example(key: &str) -> &'static str {
    match key {
        "header" => "X-Signature",
        "json" => "data.object.id",
        _ => "page",
    }
}

/// Where the operator starts in `text`. In a JSON pointer `~0` and `~1` are escapes.
fn operator_at(text: &str, json: bool) -> Option<usize> {
    let pointer = json && text.starts_with('/');
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&i| match bytes[i] {
        b'=' => true,
        b'!' => matches!(bytes.get(i + 1), Some(b'=' | b'~')),
        b'~' => !(pointer && matches!(bytes.get(i + 1), Some(b'0' | b'1'))),
        _ => false,
    })
}

fn operator(text: &str) -> Option<(Op, &str)> {
    [
        ("!=", Op::NotEquals),
        ("!~", Op::NotContains),
        ("=", Op::Equals),
        ("~", Op::Contains),
    ]
    .into_iter()
    .find_map(|(symbol, op)| text.strip_prefix(symbol).map(|value| (op, value)))
}

fn check_value(field: &Field, op: Op, value: &str) -> Result<(), String> {
    let is_glob = value.contains(['*', '?']);
    let exact = matches!(op, Op::Equals | Op::NotEquals) && !is_glob;
    match field {
        Field::Signature if exact && !VERDICTS.contains(&value) => Err(format!(
            "the signature verdict is valid, invalid or unsigned, not `{value}`"
        )),
        Field::Status
            if matches!(op, Op::Equals | Op::NotEquals)
                && !(value.len() == 3 && value.chars().all(|c| c.is_ascii_digit() || c == '?'))
                && !value.contains('*') =>
        {
            Err(format!(
                "a status is three digits, `?` for any digit (`2??`), not `{value}`"
            ))
        }
        Field::Method if value.is_empty() => Err("a method cannot be empty".into()),
        _ => Ok(()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> (Field, Op, String) {
        let m = Matcher::parse(text).unwrap();
        (m.field, m.op, m.value)
    }

    #[test]
    fn fields_operators_and_values() {
        assert_eq!(
            parsed("method=POST"),
            (Field::Method, Op::Equals, "POST".into())
        );
        assert_eq!(
            parsed("path=/orders/*"),
            (Field::Path, Op::Equals, "/orders/*".into())
        );
        assert_eq!(
            parsed("header:X-Signature"),
            (Field::Header("X-Signature".into()), Op::Equals, "*".into())
        );
        assert_eq!(
            parsed("header:Content-Type~json"),
            (
                Field::Header("Content-Type".into()),
                Op::Contains,
                "json".into()
            )
        );
        assert_eq!(
            parsed("body~a=b~c"),
            (Field::Body, Op::Contains, "a=b~c".into())
        );
        assert_eq!(
            parsed("json:data.object.id=pi_123"),
            (
                Field::Json("data.object.id".into()),
                Op::Equals,
                "pi_123".into()
            )
        );
        assert_eq!(
            parsed("json:/a~1b/c~0d!=x"),
            (Field::Json("/a~1b/c~0d".into()), Op::NotEquals, "x".into())
        );
        assert_eq!(
            parsed("signature=valid"),
            (Field::Signature, Op::Equals, "valid".into())
        );
        assert_eq!(
            parsed("query:page!~1"),
            (
                Field::QueryParam("page".into()),
                Op::NotContains,
                "1".into()
            )
        );
        assert_eq!(parsed("query="), (Field::Query, Op::Equals, String::new()));
        assert_eq!(
            parsed("status=2??"),
            (Field::Status, Op::Equals, "2??".into())
        );
    }

    #[test]
    fn bad_expressions_say_what_is_wrong() {
        let cases = [
            ("", "starts with a field"),
            ("method", "needs a value"),
            ("nope=1", "unknown field `nope`"),
            ("header:=x", "needs a header name"),
            ("json", "needs a path"),
            ("path:x=1", "takes no `:NAME`"),
            ("signature=valdi", "valid, invalid or unsigned"),
            ("status=ok", "three digits"),
            ("method>POST", "expected =, !=, ~ or !~ after `method`"),
            ("method=", "cannot be empty"),
        ];
        for (text, why) in cases {
            let error = Matcher::parse(text).unwrap_err();
            assert!(error.contains(why), "{text}: {error}");
        }
    }
}
