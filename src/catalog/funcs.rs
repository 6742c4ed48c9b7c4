//! The template functions: names, arguments and their checks (evaluation is in `eval.rs`).

use super::template::{
    compile_expr, value_expr, Arg, Case, Charset, Fake, Func, Precision, Scope, TimeFormat,
};

/// Largest length accepted by `alnum`, `hex`, `digits` and `words`, so a typo cannot allocate gigabytes.
const MAX_LEN: usize = 4096;

/// Largest offset accepted by the `ago_*` functions: 100 years.
const MAX_OFFSET_SECS: i64 = 100 * 366 * 86_400;

/// Every function name, for error messages.
pub(crate) const FUNCTIONS: &[&str] = &[
    "ulid",
    "uuid",
    "alnum",
    "alnum_lower",
    "alnum_upper",
    "hex",
    "digits",
    "int",
    "amount",
    "money",
    "bool",
    "now_iso",
    "now_unix",
    "now_ms",
    "today",
    "ago_iso",
    "ago_unix",
    "ago_ms",
    "ago_date",
    "first_name",
    "last_name",
    "full_name",
    "email",
    "company",
    "phone",
    "city",
    "country",
    "country_name",
    "street",
    "zip",
    "url",
    "domain",
    "word",
    "words",
    "sentence",
    "username",
    "ip",
    "pick",
    "pick_int",
    "lower",
    "upper",
    "slug",
    "lit",
    "str",
];

/// Compiles `head args...`; `rest` is the raw text after the head (for `pick` and `lit`).
pub(crate) fn compile_func(
    head: &str,
    rest: &str,
    args: &[&str],
    scope: &Scope,
) -> Result<Func, String> {
    let no_args = |f: Func| {
        if args.is_empty() {
            Ok(f)
        } else {
            Err(format!("`{head}` takes no arguments, found `{rest}`"))
        }
    };
    let fake = |k: Fake| no_args(Func::Fake(k));
    match head {
        "ulid" => no_args(Func::Ulid),
        "uuid" => no_args(Func::Uuid),
        "bool" => no_args(Func::Bool),
        "alnum" => chars(head, args, Charset::Alnum),
        "alnum_lower" => chars(head, args, Charset::Lower),
        "alnum_upper" => chars(head, args, Charset::Upper),
        "hex" => chars(head, args, Charset::Hex),
        "digits" => chars(head, args, Charset::Digits),
        "int" => range(head, args).map(|(a, b)| Func::Int(a, b)),
        "amount" => non_negative_range(head, args).map(|(a, b)| Func::Amount(a, b)),
        "money" => non_negative_range(head, args).map(|(a, b)| Func::Money(a, b)),
        "now_iso" => iso_format(head, args).map(now),
        "now_unix" => no_args(now(TimeFormat::Unix)),
        "now_ms" => no_args(now(TimeFormat::Millis)),
        "today" => no_args(now(TimeFormat::Date)),
        "ago_iso" => ago(head, args, |rest| iso_format(head, rest)),
        "ago_unix" => ago(head, args, |rest| only(head, rest, TimeFormat::Unix)),
        "ago_ms" => ago(head, args, |rest| only(head, rest, TimeFormat::Millis)),
        "ago_date" => ago(head, args, |rest| only(head, rest, TimeFormat::Date)),
        "first_name" => fake(Fake::FirstName),
        "last_name" => fake(Fake::LastName),
        "full_name" => fake(Fake::FullName),
        "email" => fake(Fake::Email),
        "company" => fake(Fake::Company),
        "phone" => fake(Fake::Phone),
        "city" => fake(Fake::City),
        "country" => fake(Fake::Country),
        "country_name" => fake(Fake::CountryName),
        "street" => fake(Fake::Street),
        "zip" => fake(Fake::Zip),
        "url" => fake(Fake::Url),
        "domain" => fake(Fake::Domain),
        "word" => fake(Fake::Word),
        "sentence" => fake(Fake::Sentence),
        "username" => fake(Fake::Username),
        "ip" => fake(Fake::Ip),
        "words" => {
            if args.len() > 1 {
                return Err(format!("`words` takes one length, found `{rest}`"));
            }
            parse_len(head, args.first()).map(Func::Words)
        }
        "pick" => pick(rest),
        "pick_int" => match pick(rest)? {
            Func::Pick(choices) => choices
                .iter()
                .map(|c| c.parse::<i64>().map_err(|_| format!("`pick_int`: `{c}` is not a whole number")))
                .collect::<Result<Vec<_>, _>>()
                .map(Func::PickInt),
            other => Ok(other),
        },
        "lower" => case(head, args, scope, Case::Lower),
        "upper" => case(head, args, scope, Case::Upper),
        "slug" => case(head, args, scope, Case::Slug),
        "lit" => Ok(Func::Lit(rest.to_string())),
        "str" if args.first().is_some_and(|a| a.trim_start_matches('?') == "str") => {
            Err("`str` cannot wrap another `str`".into())
        }
        "str" => match compile_expr(rest, scope)? {
            (_, true) => Err("`str` cannot wrap an optional `?` expression".into()),
            (expr, false) => Ok(Func::Str(Box::new(expr))),
        },
        _ => Err(format!(
            "unknown template function `{head}`; known: {}, and $name, query.NAME, event, provider, delivery_id, target_url",
            FUNCTIONS.join(", ")
        )),
    }
}

fn now(format: TimeFormat) -> Func {
    Func::Time {
        min_ago: 0,
        max_ago: 0,
        format,
    }
}

fn chars(head: &str, args: &[&str], set: Charset) -> Result<Func, String> {
    if args.len() > 1 {
        return Err(format!(
            "`{head}` takes one length, found {} arguments",
            args.len()
        ));
    }
    parse_len(head, args.first()).map(|n| Func::Chars(set, n))
}

fn range(head: &str, args: &[&str]) -> Result<(i64, i64), String> {
    let [a, b] = args else {
        return Err(format!(
            "`{head}` needs two numbers, e.g. `{head} 100 5000`"
        ));
    };
    let parse = |s: &str| {
        s.parse::<i64>()
            .map_err(|_| format!("`{head}`: `{s}` is not a whole number"))
    };
    let (a, b) = (parse(a)?, parse(b)?);
    if a > b {
        return Err(format!(
            "`{head}`: the minimum {a} is larger than the maximum {b}"
        ));
    }
    if b.checked_sub(a).is_none() {
        return Err(format!("`{head}`: the range {a}..{b} is too wide"));
    }
    Ok((a, b))
}

fn non_negative_range(head: &str, args: &[&str]) -> Result<(i64, i64), String> {
    let (a, b) = range(head, args)?;
    if a < 0 || b > 1_000_000_000_000 {
        return Err(format!("`{head}`: bounds must be between 0 and 10^12"));
    }
    Ok((a, b))
}

fn iso_format(head: &str, args: &[&str]) -> Result<TimeFormat, String> {
    let mut precision = Precision::Millis;
    let mut zulu = true;
    for arg in args {
        match *arg {
            "s" => precision = Precision::Seconds,
            "ms" => precision = Precision::Millis,
            "us" => precision = Precision::Micros,
            "Z" => zulu = true,
            "+00:00" => zulu = false,
            other => {
                return Err(format!(
                    "`{head}`: unknown option `{other}` (precision s|ms|us, zone Z|+00:00)"
                ))
            }
        }
    }
    Ok(TimeFormat::Iso { precision, zulu })
}

fn only(head: &str, args: &[&str], format: TimeFormat) -> Result<TimeFormat, String> {
    if args.is_empty() {
        Ok(format)
    } else {
        Err(format!(
            "`{head}` takes only an offset, found `{}`",
            args.join(" ")
        ))
    }
}

fn ago(
    head: &str,
    args: &[&str],
    format: impl Fn(&[&str]) -> Result<TimeFormat, String>,
) -> Result<Func, String> {
    let (first, rest) = args
        .split_first()
        .ok_or_else(|| format!("`{head}` needs an offset, e.g. `{head} 2h` or `{head} 1h..3d`"))?;
    let (min_ago, max_ago) = parse_offset(first)?;
    Ok(Func::Time {
        min_ago,
        max_ago,
        format: format(rest)?,
    })
}

fn pick(rest: &str) -> Result<Func, String> {
    if rest.is_empty() {
        return Err("`pick` needs choices separated by `|`, e.g. `pick open|closed`".into());
    }
    let choices: Vec<String> = rest.split('|').map(|c| c.trim().to_string()).collect();
    if choices.iter().any(String::is_empty) {
        return Err(format!("`pick {rest}` has an empty choice"));
    }
    Ok(Func::Pick(choices))
}

fn case(head: &str, args: &[&str], scope: &Scope, case: Case) -> Result<Func, String> {
    let arg = match args {
        [] => return Err(format!("`{head}` needs a value, e.g. `{head} $name`")),
        [one] => match value_expr(one, scope)? {
            Some(expr) => Arg::Expr(expr),
            None => Arg::Text((*one).to_string()),
        },
        many => Arg::Text(many.join(" ")),
    };
    Ok(Func::Case(case, Box::new(arg)))
}

/// Parses a duration like `90s`, `5m`, `2h`, `3d`, `1w`, `-30d` (the future), or a range `1h..3d`.
fn parse_offset(s: &str) -> Result<(i64, i64), String> {
    let (lo, hi) = match s.split_once("..") {
        Some((a, b)) => (parse_duration(a)?, parse_duration(b)?),
        None => {
            let d = parse_duration(s)?;
            (d, d)
        }
    };
    if lo > hi {
        return Err(format!("offset range `{s}` goes backwards"));
    }
    Ok((lo, hi))
}

fn parse_duration(s: &str) -> Result<i64, String> {
    let bad = || format!("invalid offset `{s}`: use e.g. 90s, 5m, 2h, 3d, 1w, -30d");
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let unit_at = body.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (num, unit) = body.split_at(unit_at);
    let n: i64 = num.parse().map_err(|_| bad())?;
    let mult = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(bad()),
    };
    let secs = n
        .checked_mul(mult)
        .filter(|v| *v <= MAX_OFFSET_SECS)
        .ok_or_else(|| format!("offset `{s}` is larger than 100 years"))?;
    Ok(if neg { -secs } else { secs })
}

/// Parses a length argument (`alnum N`, ...), bounded by [`MAX_LEN`].
fn parse_len(func: &str, arg: Option<&&str>) -> Result<usize, String> {
    let arg = arg.ok_or_else(|| format!("`{func}` needs a length, e.g. `{func} 16`"))?;
    match arg.parse::<usize>() {
        Ok(n) if (1..=MAX_LEN).contains(&n) => Ok(n),
        _ => Err(format!(
            "`{func}`: length must be a whole number from 1 to {MAX_LEN}, found `{arg}`"
        )),
    }
}
