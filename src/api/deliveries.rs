//! The delivery log over HTTP: list with filters, detail with attempts, retry, cancel.

use axum::extract::State;
use axum::Json;

use super::path::Path;
use super::{query, ApiContext, QueryParams};
use crate::base::error::Result;
use crate::model::ApiError;
use crate::model::{Delivery, DeliveryDetail, DeliveryFilter, DeliveryList};

/// The delivery log, newest first, a page at a time; filters are all optional.
#[utoipa::path(
    get,
    path = "/deliveries",
    operation_id = "list_deliveries",
    tag = "deliveries",
    params(DeliveryFilter),
    responses(
        (status = 200, description = "A page of deliveries", body = DeliveryList, links(
            ("GetDelivery" = (
                operation_id = "get_delivery",
                parameters(("id" = "$response.body#/deliveries/0/id"))
            )),
            ("RetryDelivery" = (
                operation_id = "retry_delivery",
                parameters(("id" = "$response.body#/deliveries/0/id"))
            )),
            ("CancelDelivery" = (
                operation_id = "cancel_delivery",
                parameters(("id" = "$response.body#/deliveries/0/id"))
            )),
        )),
        (status = 400, description = "A query parameter is not valid", body = ApiError),
    )
)]
pub async fn list(
    State(context): State<ApiContext>,
    filter: QueryParams<DeliveryFilter>,
) -> Result<Json<DeliveryList>> {
    Ok(Json(
        context.engine.deliveries().list(query(filter)?).await?,
    ))
}

/// One delivery with its payload and every attempt.
#[utoipa::path(
    get,
    path = "/deliveries/{id}",
    operation_id = "get_delivery",
    tag = "deliveries",
    params(("id" = String, Path, description = "The delivery's id")),
    responses(
        (status = 200, description = "The delivery", body = DeliveryDetail),
        (status = 404, description = "No delivery has this id", body = ApiError),
    )
)]
pub async fn show(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<DeliveryDetail>> {
    Ok(Json(context.engine.deliveries().detail(&id).await?))
}

/// One more attempt now, for a delivery that failed, succeeded or was cancelled.
#[utoipa::path(
    post,
    path = "/deliveries/{id}/retry",
    operation_id = "retry_delivery",
    tag = "deliveries",
    params(("id" = String, Path, description = "The delivery's id")),
    responses(
        (status = 200, description = "The delivery, queued", body = Delivery),
        (status = 404, description = "No delivery has this id", body = ApiError),
        (status = 409, description = "The delivery is already waiting for an attempt",
            body = ApiError),
    )
)]
pub async fn retry(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Delivery>> {
    Ok(Json(context.engine.deliveries().retry(&id).await?))
}

/// Cancels a delivery still waiting for an attempt.
#[utoipa::path(
    post,
    path = "/deliveries/{id}/cancel",
    operation_id = "cancel_delivery",
    tag = "deliveries",
    params(("id" = String, Path, description = "The delivery's id")),
    responses(
        (status = 200, description = "The delivery, cancelled", body = Delivery),
        (status = 404, description = "No delivery has this id", body = ApiError),
        (status = 409, description = "The delivery has nothing left to cancel", body = ApiError),
    )
)]
pub async fn cancel(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Delivery>> {
    Ok(Json(context.engine.deliveries().cancel(&id).await?))
}
