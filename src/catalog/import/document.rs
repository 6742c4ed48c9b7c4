//! Reading an OpenAPI 3.0 / 3.1 document: its version, its webhook operations, each operation's
//! JSON request body schema and examples. Anything else in the document is ignored.

use serde_json::{Map, Value};

use super::pointer::push;
use super::Failure;

/// The HTTP methods a Path Item may hold, in the order they are read.
const METHODS: &[&str] = &[
    "post", "put", "patch", "get", "delete", "options", "head", "trace",
];

/// One webhook operation of the document.
#[derive(Debug, Clone)]
pub(super) struct Operation<'a> {
    /// The key under `webhooks` (`pull-request-opened`).
    pub key: String,
    /// JSON pointer of the operation object (`/webhooks/pull-request-opened/post`).
    pub at: String,
    pub op: &'a Value,
    /// Where the request body schema is.
    pub schema_at: String,
    /// Examples the operation publishes: (pointer, value).
    pub examples: Vec<(String, &'a Value)>,
}

/// The document's webhook operations, in document order.
pub(super) fn operations(doc: &Value) -> Result<Vec<Operation<'_>>, Failure> {
    let Value::Object(root) = doc else {
        return Err(Failure::document(
            "",
            "not an OpenAPI document: expected a JSON object",
        ));
    };
    let version = match root.get("openapi") {
        Some(Value::String(v)) => v.clone(),
        _ if root.contains_key("swagger") => {
            return Err(Failure::document(
                "/swagger",
                "a Swagger 2.0 document has no webhooks; convert it to OpenAPI 3.1 first",
            ))
        }
        _ => {
            return Err(Failure::document(
                "/openapi",
                "not an OpenAPI document: the `openapi` version field is missing",
            ))
        }
    };
    if !(version.starts_with("3.0") || version.starts_with("3.1")) {
        return Err(Failure::document(
            "/openapi",
            format!("OpenAPI {version} is not supported: use a 3.0 or 3.1 document"),
        ));
    }
    // 3.1 has `webhooks`; 3.0 documents used the `x-webhooks` extension for the same thing.
    let (key, webhooks) =
        match (root.get("webhooks"), root.get("x-webhooks")) {
            (Some(Value::Object(w)), _) => ("webhooks", w),
            (_, Some(Value::Object(w))) => ("x-webhooks", w),
            _ => return Err(Failure::document(
                "/webhooks",
                "the document describes no webhooks: it needs a `webhooks` object (OpenAPI 3.1) \
                 or `x-webhooks` (3.0)",
            )),
        };
    let base = push("", key);
    let mut out = Vec::new();
    for (name, item) in webhooks {
        let item_at = push(&base, name);
        let (item, item_at) = follow(doc, item, &item_at)?;
        let Value::Object(item) = item else {
            return Err(Failure::document(
                &item_at,
                "a webhook must be a Path Item object",
            ));
        };
        for method in METHODS {
            if let Some(op) = item.get(*method) {
                out.push(operation(doc, name, op, push(&item_at, method))?);
            }
        }
    }
    if out.is_empty() {
        return Err(Failure::document(
            &base,
            "the webhooks section holds no operation",
        ));
    }
    Ok(out)
}

fn operation<'a>(
    doc: &'a Value,
    key: &str,
    op: &'a Value,
    at: String,
) -> Result<Operation<'a>, Failure> {
    let body_at = push(&at, "requestBody");
    let Some(body) = op.get("requestBody") else {
        return Err(Failure::document(&at, "the operation has no `requestBody`"));
    };
    let (body, body_at) = follow(doc, body, &body_at)?;
    let content_at = push(&body_at, "content");
    let Some(Value::Object(content)) = body.get("content") else {
        return Err(Failure::document(
            &content_at,
            "the request body has no `content`",
        ));
    };
    let Some((media, media_value)) = json_media(content) else {
        return Err(Failure::document(
            &content_at,
            "the request body has no JSON media type (`application/json` or `*+json`)",
        ));
    };
    let media_at = push(&content_at, media);
    if media_value.get("schema").is_none() {
        return Err(Failure::document(
            &media_at,
            "the JSON media type has no `schema`",
        ));
    }
    let mut examples = Vec::new();
    if let Some(one) = media_value.get("example") {
        examples.push((push(&media_at, "example"), one));
    }
    if let Some(Value::Object(named)) = media_value.get("examples") {
        let named_at = push(&media_at, "examples");
        for (name, example) in named {
            let (example, example_at) = follow(doc, example, &push(&named_at, name))?;
            // An Example Object; `externalValue` would need the network, so it is not read.
            if let Some(value) = example.get("value") {
                examples.push((push(&example_at, "value"), value));
            }
        }
    }
    Ok(Operation {
        key: key.to_string(),
        at,
        op,
        schema_at: push(&media_at, "schema"),
        examples,
    })
}

/// The JSON media type of a request body: `application/json` first, else any `...json`.
fn json_media(content: &Map<String, Value>) -> Option<(&str, &Value)> {
    content
        .get_key_value("application/json")
        .or_else(|| {
            content.iter().find(|(k, _)| {
                k.split(';')
                    .next()
                    .is_some_and(|t| t.trim().ends_with("json"))
            })
        })
        .map(|(k, v)| (k.as_str(), v))
}

/// Follows a Reference Object (`{"$ref": "#/components/..."}`) within the document.
pub(super) fn follow<'a>(
    doc: &'a Value,
    value: &'a Value,
    at: &str,
) -> Result<(&'a Value, String), Failure> {
    let mut value = value;
    let mut at = at.to_string();
    for _ in 0..16 {
        let Some(target) = value.get("$ref").and_then(Value::as_str) else {
            return Ok((value, at));
        };
        let ref_at = push(&at, "$ref");
        let pointer = local_pointer(target, &ref_at)?;
        value = doc
            .pointer(pointer)
            .ok_or_else(|| unresolved(target, &ref_at))?;
        at = pointer.to_string();
    }
    Err(Failure::document(&at, "a chain of more than 16 `$ref`s"))
}

/// The JSON pointer of a local reference (`#/components/schemas/x` → `/components/schemas/x`).
pub(super) fn local_pointer<'r>(target: &'r str, at: &str) -> Result<&'r str, Failure> {
    match target.strip_prefix('#') {
        Some(pointer) if pointer.is_empty() || pointer.starts_with('/') => Ok(pointer),
        _ => Err(Failure::document(
            at,
            format!(
                "`$ref` `{target}` points outside the document; Hookbench resolves references \
                 only within the one document it imports (it never fetches anything), so bundle \
                 the document first"
            ),
        )),
    }
}

pub(super) fn unresolved(target: &str, at: &str) -> Failure {
    Failure::document(
        at,
        format!("`$ref` `{target}` does not resolve: nothing is at that place in the document"),
    )
}
