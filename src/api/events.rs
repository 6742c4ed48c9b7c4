//! GET /api/events: the bus as Server-Sent Events.
//!
//! The stream opens with `ready` (a client that loaded a list before subscribing refetches
//! then, so nothing falls in the gap) and sends `resync` when the client fell too far behind.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{self, Stream, StreamExt};
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;

use super::ApiContext;

/// Live updates as Server-Sent Events, until the client disconnects. The stream opens with a
/// `ready` event; each change follows as an event named after its `type` (`capture.stored`,
/// `delivery.updated`, ...) whose data is one `EngineEvent` as JSON; `resync` (data
/// `{"missed":N}`) says the client fell behind and should reload. A comment is sent every 15 s.
#[utoipa::path(
    get,
    path = "/events",
    operation_id = "stream_events",
    tag = "events",
    responses(
        (status = 200, description = "An endless `text/event-stream`; each event's data is an \
            `EngineEvent` (see the schema of that name)", body = String,
            content_type = "text/event-stream"),
    )
)]
pub async fn stream(
    State(context): State<ApiContext>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let updates = BroadcastStream::new(context.engine.bus().subscribe()).map(|item| {
        Ok(match item {
            Ok(event) => match serde_json::to_string(&event) {
                Ok(json) => Event::default().event(event.name()).data(json),
                Err(e) => Event::default().event("error").data(e.to_string()),
            },
            Err(BroadcastStreamRecvError::Lagged(missed)) => Event::default()
                .event("resync")
                .data(format!("{{\"missed\":{missed}}}")),
        })
    });
    let ready = stream::once(async { Ok(Event::default().event("ready").data("{}")) });
    Sse::new(ready.chain(updates)).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}
