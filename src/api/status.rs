//! GET /api/status: what this instance is and where it listens.

use axum::extract::State;
use axum::Json;

use super::ApiContext;
use crate::model::Status;

/// What this instance is and where it listens.
#[utoipa::path(
    get,
    path = "/status",
    operation_id = "get_status",
    tag = "status",
    responses((status = 200, description = "This instance", body = Status))
)]
pub async fn get(State(context): State<ApiContext>) -> Json<Status> {
    let mut status = context.status.clone();
    let receiver = context.receiver.local_addr();
    status.receiver_url = crate::base::net::url_of(receiver);
    status.receiver_exposed = !receiver.ip().is_loopback();
    status.max_body = context.receiver.max_body();
    Json(status)
}
