//! What is signed: [`Message`] (verdicts and errors are in `model`).

/// The message being signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message<'a> {
    /// Message id (Standard Webhooks `webhook-id`, generic `id_header`).
    pub id: &'a str,
    /// Unix seconds.
    pub timestamp: i64,
    /// The exact bytes sent as the request body.
    pub body: &'a [u8],
}
