//! Judging a capture against a `--match` expression, and saying why it failed.

use serde_json::Value;

use hookbench::catalog::glob_match;
use hookbench::services::capture::content::parse_urlencoded;

use super::{Facts, Field, Matcher, Op};

impl Matcher {
    /// Whether the capture meets the condition. One that needs headers or the body is not met
    /// by a summary alone.
    pub fn holds(&self, facts: &Facts) -> bool {
        let Some(values) = values(&self.field, facts) else {
            return false;
        };
        let any = |test: &dyn Fn(&str) -> bool| values.iter().any(|v| test(v));
        match self.op {
            Op::Equals => any(&|v| self.equals(v)),
            Op::NotEquals => !any(&|v| self.equals(v)),
            Op::Contains => any(&|v| v.contains(&self.value)),
            Op::NotContains => !any(&|v| v.contains(&self.value)),
        }
    }

    /// Why the capture does not meet it, e.g. "`json:data.id=pi_1` does not hold: data.id is
    /// \"pi_2\"".
    pub fn why_not(&self, facts: &Facts) -> String {
        let detail = match values(&self.field, facts) {
            None => "its headers and body were not read".to_owned(),
            Some(values) if values.is_empty() => self.absent(facts),
            Some(values) => {
                let shown: Vec<String> = values.iter().take(3).map(|v| quoted(v)).collect();
                let more = values.len().saturating_sub(3);
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                format!("{} is {}{more}", self.field_name(), shown.join(", "))
            }
        };
        format!("`{}` does not hold: {detail}", self.text)
    }

    fn equals(&self, value: &str) -> bool {
        match self.field {
            Field::Method => glob_match(
                &self.value.to_ascii_uppercase(),
                &value.to_ascii_uppercase(),
            ),
            _ => glob_match(&self.value, value),
        }
    }

    fn absent(&self, facts: &Facts) -> String {
        match &self.field {
            Field::Signature => "the inbox did not judge its signature".to_owned(),
            Field::Event => "no provider event was recognised in it".to_owned(),
            Field::Header(name) => format!("it has no {name} header"),
            Field::QueryParam(name) => format!("its query has no `{name}`"),
            Field::Json(_) if facts.whole.as_ref().is_some_and(|w| w.json.is_none()) => {
                "its body is not JSON".to_owned()
            }
            Field::Json(path) => format!("its JSON body has no {path}"),
            _ => "it has none".to_owned(),
        }
    }

    fn field_name(&self) -> String {
        match &self.field {
            Field::Method => "the method".into(),
            Field::Path => "the path".into(),
            Field::Query => "the query".into(),
            Field::QueryParam(name) => format!("query parameter {name}"),
            Field::Inbox => "the inbox".into(),
            Field::Status => "the status".into(),
            Field::Signature => "the signature".into(),
            Field::Event => "the event".into(),
            Field::Body => "the body".into(),
            Field::Header(name) => format!("header {name}"),
            Field::Json(path) => path.clone(),
        }
    }
}

/// The field's values in this capture; None when it needs what a summary lacks.
fn values(field: &Field, facts: &Facts) -> Option<Vec<String>> {
    let summary = facts.summary;
    let whole = facts.whole.as_ref();
    Some(match field {
        Field::Method => vec![summary.method.clone()],
        Field::Path => vec![summary.path.clone()],
        Field::Query => vec![summary.query.clone().unwrap_or_default()],
        Field::QueryParam(name) => summary
            .query
            .as_deref()
            .map(|q| parse_urlencoded(q.as_bytes()))
            .unwrap_or_default()
            .into_iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value)
            .collect(),
        Field::Inbox => vec![summary.inbox.clone()],
        Field::Status => vec![summary.response_status.to_string()],
        Field::Signature => summary.signature.iter().cloned().collect(),
        Field::Event => whole?.event.iter().map(|e| (*e).to_owned()).collect(),
        Field::Body => vec![whole?.body_text.clone()],
        Field::Header(name) => whole?
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value.clone())
            .collect(),
        Field::Json(path) => match &whole?.json {
            Some(root) => json_values(root, path).into_iter().map(text_of).collect(),
            None => Vec::new(),
        },
    })
}

/// A JSON pointer (`/a/0/b`), or a dotted path (`a.0.b`) where `*` is any member or element.
fn json_values<'v>(root: &'v Value, path: &str) -> Vec<&'v Value> {
    if path.starts_with('/') {
        return root.pointer(path).into_iter().collect();
    }
    let mut current = vec![root];
    for segment in path.split('.') {
        current = current
            .into_iter()
            .flat_map(|value| children(value, segment))
            .collect();
    }
    current
}

fn children<'v>(value: &'v Value, segment: &str) -> Vec<&'v Value> {
    match (value, segment) {
        (Value::Object(members), "*") => members.values().collect(),
        (Value::Object(members), key) => members.get(key).into_iter().collect(),
        (Value::Array(items), "*") => items.iter().collect(),
        (Value::Array(items), index) => index
            .parse::<usize>()
            .ok()
            .and_then(|i| items.get(i))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// Strings as their text, everything else as JSON: `json:livemode=false`, `json:amount=2000`.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn quoted(value: &str) -> String {
    const SHOWN: usize = 80;
    match value.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{:?}…", &value[..end]),
        None => format!("{value:?}"),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use hookbench::model::{Body, Capture, CaptureSummary, CapturedResponse, Header};

    fn capture(body: &str, headers: &[(&str, &str)]) -> Capture {
        Capture {
            summary: CaptureSummary {
                id: "01J".into(),
                inbox: "shop".into(),
                received_at: 0,
                method: "POST".into(),
                path: "/shop/orders/7".into(),
                query: Some("page=2&tag=a%20b".into()),
                body_size: body.len() as u64,
                content_type: None,
                response_status: 201,
                signature: Some("valid".into()),
                provider: None,
                event: None,
            },
            http_version: "HTTP/1.1".into(),
            remote_addr: "127.0.0.1:1".into(),
            headers: headers
                .iter()
                .map(|(n, v)| Header::from_bytes(n, v.as_bytes()))
                .collect(),
            body: Body::from_bytes(body.as_bytes()),
            response: CapturedResponse {
                status: 201,
                headers: Vec::new(),
                body: Body::from_bytes(b""),
            },
            check: None,
        }
    }

    fn holds(text: &str, capture: &Capture) -> bool {
        Matcher::parse(text).unwrap().holds(&Facts::whole(capture))
    }

    #[test]
    fn every_field_and_operator() {
        let c = capture(
            r#"{"data":{"object":{"id":"pi_123","amount":2000,"live":false},"items":[{"id":"a"},{"id":"b"}]}}"#,
            &[
                ("Content-Type", "application/json"),
                ("X-Tag", "one"),
                ("x-tag", "two"),
            ],
        );
        for yes in [
            "method=post",
            "method=P*",
            "path=/shop/orders/*",
            "path!=/other",
            "query~page=2",
            "query:tag=a b",
            "query:page!=3",
            "inbox=shop",
            "status=2??",
            "signature=valid",
            "header:content-type",
            "header:Content-Type~json",
            "header:X-Tag=two",
            "header:X-Missing!=*",
            "body~pi_123",
            "json:data.object.id=pi_123",
            "json:data.object.id=pi_*",
            "json:/data/object/id=pi_123",
            "json:data.object.amount=2000",
            "json:data.object.live=false",
            "json:data.items.1.id=b",
            "json:data.items.*.id=a",
            "json:data.object",
            "json:data.nope!=*",
        ] {
            assert!(holds(yes, &c), "{yes} should hold");
        }
        for no in [
            "method=GET",
            "path=/shop",
            "query:missing",
            "signature=invalid",
            "header:X-Missing",
            "header:X-Tag!=two",
            "body!~pi_123",
            "json:data.object.id=pi_12",
            "json:data.items.2.id",
            "event=anything",
        ] {
            assert!(!holds(no, &c), "{no} should not hold");
        }
    }

    #[test]
    fn a_summary_alone_cannot_meet_a_body_condition() {
        let c = capture("{}", &[]);
        let m = Matcher::parse("body~x").unwrap();
        assert!(!m.holds(&Facts::summary(&c.summary)));
        assert!(Matcher::parse("method=POST")
            .unwrap()
            .holds(&Facts::summary(&c.summary)));
    }

    #[test]
    fn why_not_names_the_value_it_saw() {
        let c = capture(r#"{"data":{"id":"pi_999"}}"#, &[]);
        let facts = Facts::whole(&c);
        let why = Matcher::parse("json:data.id=pi_123")
            .unwrap()
            .why_not(&facts);
        assert_eq!(
            why,
            "`json:data.id=pi_123` does not hold: data.id is \"pi_999\""
        );
        let why = Matcher::parse("header:X-Sig").unwrap().why_not(&facts);
        assert!(why.ends_with("it has no X-Sig header"), "{why}");
        let text = capture("plain", &[]);
        let why = Matcher::parse("json:a=1")
            .unwrap()
            .why_not(&Facts::whole(&text));
        assert!(why.ends_with("its body is not JSON"), "{why}");
    }
}
