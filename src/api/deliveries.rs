//! The delivery log over HTTP: list with filters, detail with attempts, retry, cancel.

use axum::extract::{Path, State};
use axum::Json;

use super::{query, ApiContext, QueryParams};
use crate::error::Result;
use crate::sender::model::{Delivery, DeliveryDetail, DeliveryFilter, DeliveryList};

pub async fn list(
    State(context): State<ApiContext>,
    filter: QueryParams<DeliveryFilter>,
) -> Result<Json<DeliveryList>> {
    Ok(Json(context.engine.deliveries(query(filter)?).await?))
}

pub async fn show(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<DeliveryDetail>> {
    Ok(Json(context.engine.delivery(&id).await?))
}

pub async fn retry(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Delivery>> {
    Ok(Json(context.engine.retry_delivery(&id).await?))
}

pub async fn cancel(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Delivery>> {
    Ok(Json(context.engine.cancel_delivery(&id).await?))
}
