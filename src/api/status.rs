//! GET /api/status: what this instance is and where it listens.

use axum::extract::State;
use axum::Json;

use super::ApiContext;
use crate::model::Status;

pub async fn get(State(context): State<ApiContext>) -> Json<Status> {
    Json(context.status.clone())
}
