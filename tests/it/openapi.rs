//! The OpenAPI document the API serves and the routes it really has agree: every route of the
//! router is documented with each of its methods, every documented operation is routed, and the
//! document is well-formed OpenAPI 3.1. Adding a route without its `#[utoipa::path]` (say with a
//! plain `.route(...)`) fails here.

use std::collections::{BTreeSet, HashSet};

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use hookbench::api::{self, ApiContext, Token};
use hookbench::model::Status;
use hookbench::receiver::slot::ReceiverSlot;
use hookbench::receiver::Limits;
use hookbench::Engine;
use serde_json::Value;
use tower::ServiceExt;

/// The port named in the Host header: the router only answers requests addressed to its port.
const PORT: u16 = 48_080;
const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "patch", "trace"];

struct Api {
    router: Router,
    token: Token,
}

async fn api() -> Api {
    let engine = Engine::open_in_memory().unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let receiver = ReceiverSlot::start(engine.clone(), listener, Limits::default()).unwrap();
    let token = Token::generate().unwrap();
    let status = Status {
        version: hookbench::VERSION.to_owned(),
        receiver_url: "http://127.0.0.1:1".to_owned(),
        receiver_exposed: false,
        data_dir: "(in memory)".to_owned(),
        max_body: 1024,
        secrets_at_rest: "test".to_owned(),
        secrets_in_keychain: false,
        emulator_url: None,
        emulator_exposed: false,
        api_exposed: false,
    };
    let router = api::router(ApiContext {
        engine,
        token: token.clone(),
        port: PORT,
        status,
        receiver,
        exposed_on: None,
    });
    Api { router, token }
}

impl Api {
    async fn send(&self, method: Method, path: &str) -> axum::response::Response {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, format!("127.0.0.1:{PORT}"))
            .header(
                header::AUTHORIZATION,
                format!("Bearer {}", self.token.as_str()),
            )
            .body(Body::empty())
            .unwrap();
        self.router.clone().oneshot(request).await.unwrap()
    }

    async fn document(&self) -> Value {
        let response = self.send(Method::GET, "/api/openapi.json").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    /// The methods the router has at `path` (a template), from the `Allow` header it answers a
    /// method it does not route with. HEAD comes with GET and is not documented separately.
    async fn routed_methods(&self, path: &str) -> BTreeSet<String> {
        let probe = Method::from_bytes(b"PROBE").unwrap();
        let response = self.send(probe, &concrete(path, "probe")).await;
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{path} is not routed"
        );
        let allow = response.headers()[header::ALLOW].to_str().unwrap();
        let methods: BTreeSet<String> = allow
            .split(',')
            .map(|method| method.trim().to_ascii_lowercase())
            .collect();
        methods
            .iter()
            .filter(|method| !(*method == "head" && methods.contains("get")))
            .cloned()
            .collect()
    }
}

/// A request path for a path template: every `{parameter}` becomes `value`.
fn concrete(template: &str, value: &str) -> String {
    template
        .split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                value
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The API's path templates as the router holds them. axum has no public way to list routes;
/// its `Debug` output names every path (`RouteId(3): "/api/captures/{id}"`). The routes axum
/// adds for a nested router's fallback are its own, not the API's.
fn routed_paths(router: &Router) -> BTreeSet<String> {
    let debug = format!("{router:?}");
    let paths: BTreeSet<String> = debug
        .split("RouteId(")
        .skip(1)
        .filter_map(|entry| {
            let (_, rest) = entry.split_once("): \"")?;
            let (path, _) = rest.split_once('"')?;
            Some(path.to_owned())
        })
        .filter(|path| path.starts_with("/api/") && !path.contains("__private__"))
        .collect();
    assert!(
        paths.contains("/api/status") && paths.contains("/api/captures/{id}"),
        "the router's routes could not be read from its Debug output (did axum change it?): \
         {paths:?}"
    );
    paths
}

fn documented_operations(document: &Value) -> BTreeSet<(String, String)> {
    let mut operations = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            assert!(
                METHODS.contains(&method.as_str()),
                "{path}: `{method}` is not an operation"
            );
            operations.insert((method.clone(), path.clone()));
        }
    }
    operations
}

#[tokio::test]
async fn every_route_is_documented_and_every_documented_operation_is_routed() {
    let api = api().await;
    let document = api.document().await;
    let documented = documented_operations(&document);

    let mut routed = BTreeSet::new();
    for path in routed_paths(&api.router) {
        for method in api.routed_methods(&path).await {
            routed.insert((method, path.clone()));
        }
    }
    let undocumented: Vec<_> = routed.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "routes without an OpenAPI description (register them with `routes!` in \
         src/api/routes.rs, with a #[utoipa::path] on the handler): {undocumented:?}"
    );
    let unrouted: Vec<_> = documented.difference(&routed).collect();
    assert!(
        unrouted.is_empty(),
        "documented but not routed: {unrouted:?}"
    );

    // Each documented operation reaches its handler (never the API's "no such route" answer),
    // and what it answers to a bare request is documented, errors in the API's error shape.
    for (method, path) in &documented {
        let operation = &document["paths"][path][method];
        let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes()).unwrap();
        let response = api.send(method.clone(), &concrete(path, "probe")).await;
        let status = response.status();
        assert_documented(operation, status, &format!("{method} {path}"));
        if !status.is_success() {
            let error = error_body(response).await;
            let message = error["error"]["message"].as_str().unwrap();
            assert!(
                !message.contains("no such API route"),
                "{method} {path} fell through to the fallback"
            );
        }
    }
}

/// Fails unless `status` is among the operation's documented answers (`5XX` covers 500-599).
fn assert_documented(operation: &Value, status: StatusCode, at: &str) {
    let responses = operation["responses"].as_object().unwrap();
    let range = format!("{}XX", status.as_u16() / 100);
    assert!(
        responses.contains_key(status.as_str()) || responses.contains_key(&range),
        "{at} answered {status}, which its description does not list"
    );
}

/// The body of an error answer, checked to be `{"error":{"code","message"}}`.
async fn error_body(response: axum::response::Response) -> Value {
    let status = response.status();
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/json",
        "a {status} answer is JSON"
    );
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let error: Value = serde_json::from_slice(&bytes).unwrap();
    assert!(error["error"]["code"].is_string(), "{error}");
    assert!(error["error"]["message"].is_string(), "{error}");
    error
}

#[tokio::test]
async fn a_path_segment_that_is_not_utf8_is_a_documented_json_400() {
    let api = api().await;
    let document = api.document().await;
    for (method, path) in documented_operations(&document) {
        if !path.contains('{') {
            continue;
        }
        let operation = &document["paths"][&path][&method];
        let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes()).unwrap();
        let response = api.send(method.clone(), &concrete(&path, "%FF")).await;
        assert_eq!(
            response.status(),
            StatusCode::BAD_REQUEST,
            "{method} {path}"
        );
        assert_documented(operation, response.status(), &format!("{method} {path}"));
        error_body(response).await;
    }
}

#[tokio::test]
async fn the_document_is_openapi_3_1_with_the_bearer_scheme() {
    let document = api().await.document().await;
    let version = document["openapi"].as_str().unwrap();
    assert!(version.starts_with("3.1."), "openapi {version}");
    assert_eq!(document["info"]["title"], "Hookbench API");
    assert_eq!(document["info"]["version"], hookbench::VERSION);
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"],
        serde_json::json!({
            "type": "http",
            "scheme": "bearer",
            "description": document["components"]["securitySchemes"]["bearer"]["description"],
        })
    );
    assert_eq!(document["security"], serde_json::json!([{ "bearer": [] }]));
}

#[tokio::test]
async fn every_operation_is_complete_and_every_reference_resolves() {
    let document = api().await.document().await;
    let mut operation_ids = HashSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        let placeholders: BTreeSet<&str> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            .collect();
        for (method, operation) in item.as_object().unwrap() {
            let at = format!("{method} {path}");
            let id = operation["operationId"].as_str().unwrap_or_default();
            assert!(!id.is_empty(), "{at} has no operationId");
            assert!(
                operation_ids.insert(id.to_owned()),
                "{at}: operationId {id} is taken"
            );
            assert!(operation["summary"].is_string(), "{at} has no summary");

            let parameters = operation["parameters"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let in_path: BTreeSet<&str> = parameters
                .iter()
                .filter(|p| p["in"] == "path")
                .map(|p| {
                    assert_eq!(p["required"], true, "{at}: path parameters are required");
                    p["name"].as_str().unwrap()
                })
                .collect();
            assert_eq!(in_path, placeholders, "{at}: path parameters");

            let responses = operation["responses"].as_object().unwrap();
            assert!(
                responses.keys().any(|status| status.starts_with('2')),
                "{at} documents no success"
            );
            for shared in ["401", "403", "5XX"] {
                assert!(
                    responses.contains_key(shared),
                    "{at} does not document {shared}"
                );
            }
            let takes_input = operation.get("requestBody").is_some()
                || parameters.iter().any(|p| p["in"] == "query");
            if takes_input {
                assert!(
                    responses.contains_key("400"),
                    "{at} takes a body or query but documents no 400"
                );
            }
            for (status, response) in responses {
                if status.starts_with(['4', '5']) && response.get("$ref").is_none() {
                    assert_eq!(
                        response["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/ApiError",
                        "{at} {status}: errors have the API's error shape"
                    );
                }
            }
        }
    }
    let mut references = Vec::new();
    collect_references(&document, &mut references);
    assert!(!references.is_empty());
    for reference in references {
        let pointer = reference
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{reference} points outside the document"));
        assert!(
            document.pointer(pointer).is_some(),
            "{reference} resolves to nothing"
        );
    }
}

fn collect_references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("$ref", Value::String(reference)) => out.push(reference.clone()),
                    _ => collect_references(value, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_references(item, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_document_needs_the_token_like_every_other_route() {
    let api = api().await;
    let request = Request::builder()
        .uri("/api/openapi.json")
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .body(Body::empty())
        .unwrap();
    let response = api.router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
