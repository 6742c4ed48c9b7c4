//! The API's OpenAPI 3.1 document. Routes contribute their own part (`routes.rs` registers each
//! handler together with its `#[utoipa::path]`); this module adds what every route shares: the
//! bearer token, and the refusals and failures any route can answer with.

use std::sync::Arc;

use axum::{Extension, Json};
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, Response, ResponseBuilder};
use utoipa::{Modify, OpenApi as _};

use crate::model::{ApiError, EngineEvent};

/// The security scheme every operation requires (named so in `security(...)` below).
const BEARER: &str = "bearer";

#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Hookbench API",
        description = "The control API of a running Hookbench: captures, inboxes, provider \
            samples, webhooks, deliveries, replays, settings and live events. It listens on a \
            loopback address only and needs the token `hookbench serve` prints \
            (`Authorization: Bearer TOKEN`). Every error is `{\"error\":{\"code\",\"message\"}}`.",
        license(name = "MIT", identifier = "MIT"),
    ),
    // EngineEvent is only ever sent inside the live stream, so no route refers to it.
    components(schemas(ApiError, EngineEvent)),
    security(("bearer" = [])),
    modifiers(&BearerToken),
)]
struct Base;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, document: &mut OpenApi) {
        let components = document.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            BEARER,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "The token `hookbench serve` prints (`ui http://...#token=TOKEN`), new at \
                         every start. Only the Authorization header is read.",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document before any route is added.
pub fn base() -> OpenApi {
    Base::openapi()
}

/// Answers any route can give besides its own: they come from the guards and the store, not
/// from the handler.
const SHARED_RESPONSES: [(&str, &str, &str); 3] = [
    (
        "401",
        "Unauthorized",
        "The `Authorization: Bearer TOKEN` header is missing or the token is wrong.",
    ),
    (
        "403",
        "Forbidden",
        "The Host header does not name the API's loopback address, or the Origin is another \
         web page's.",
    ),
    (
        "5XX",
        "EngineFailed",
        "The engine failed: the store (500; 507 when the disk is full) or Hookbench is \
         shutting down (503).",
    ),
];

/// Where an operation has path parameters and no 400 of its own: a segment that is not valid
/// UTF-8 (`%FF`) cannot be one.
const INVALID_PATH: (&str, &str, &str) =
    ("400", "InvalidPath", "A path segment is not valid UTF-8.");

/// Adds the shared answers to every operation, once, as references to one description each.
pub fn complete(mut document: OpenApi) -> OpenApi {
    for item in document.paths.paths.values_mut() {
        for operation in operations(item) {
            let mut shared = SHARED_RESPONSES.to_vec();
            if has_path_parameters(operation) {
                shared.push(INVALID_PATH);
            }
            for (status, name, _) in shared {
                operation
                    .responses
                    .responses
                    .entry(status.to_owned())
                    .or_insert_with(|| RefOr::Ref(Ref::from_response_name(name)));
            }
        }
    }
    let components = document.components.get_or_insert_with(Default::default);
    for (_, name, description) in SHARED_RESPONSES.into_iter().chain([INVALID_PATH]) {
        components
            .responses
            .insert(name.to_owned(), RefOr::T(error_response(description)));
    }
    document
}

fn has_path_parameters(operation: &Operation) -> bool {
    operation.parameters.iter().flatten().any(|parameter| {
        matches!(parameter, RefOr::T(parameter) if parameter.parameter_in == ParameterIn::Path)
    })
}

/// A response whose body is the API's error shape.
fn error_response(description: &str) -> Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(RefOr::Ref(Ref::from_schema_name("ApiError"))))
                .build(),
        )
        .build()
}

fn operations(item: &mut utoipa::openapi::PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.options,
        &mut item.head,
        &mut item.patch,
        &mut item.trace,
    ]
    .into_iter()
    .filter_map(Option::as_mut)
}

/// The document as served: built once with the router, shared by every request.
#[derive(Clone)]
pub struct Served(pub Arc<OpenApi>);

/// This document: every route of the API, its parameters, bodies and answers.
#[utoipa::path(
    get,
    path = "/openapi.json",
    operation_id = "openapi_document",
    tag = "meta",
    responses(
        (status = 200, description = "The OpenAPI 3.1 document of this API", body = Object),
    )
)]
pub async fn document(Extension(Served(document)): Extension<Served>) -> Json<OpenApi> {
    Json(document.as_ref().clone())
}
