//! Path parameters whose rejection is the API's error shape: axum's own `Path` answers a
//! segment that is not valid UTF-8 (`/api/captures/%FF`) with a plain-text 400.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::base::error::Error;

/// `axum::extract::Path`, rejected with `{"error":{"code":"bad_request",...}}`.
pub struct Path<T>(pub T);

impl<T, S> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| Path(value))
            .map_err(|rejection| Error::BadRequest(rejection.body_text()))
    }
}
