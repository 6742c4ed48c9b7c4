//! Request heads exactly as they arrived on an HTTP/1.x connection.
//!
//! hyper hands the service a `HeaderMap`, which lowercases names and groups the repeats of a
//! name together, so `A, B, A` comes out `a, a, b`. The recorder sits between the TCP stream and
//! hyper: [`record`] wraps the connection's IO, every byte hyper reads also goes through a
//! parser (httparse, as hyper uses), and each request head is queued with its names in their
//! original case, every repeat, raw value bytes, in arrival order. The service takes one head
//! per request with [`RawHeads::next`].
//!
//! To find where the next head starts, the parser follows body framing the way hyper's server
//! does (Transfer-Encoding chunked, else Content-Length, else no body) and counts body bytes
//! down as they stream past without keeping them. It goes passive, and `next` answers `None`
//! for the rest of the connection, on an HTTP/2 prior-knowledge preface, after an `Upgrade` or
//! `CONNECT` request, on anything it cannot parse and past its limits. Heads parsed before that
//! point stay queued for the requests they belong to. The IO itself behaves exactly like the
//! inner IO whatever the parser thinks.
//!
//! The service must call `next` exactly once for each request hyper hands it, in order:
//! heads are matched to requests by position.

mod parser;

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use pin_project_lite::pin_project;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

#[doc(hidden)]
pub use parser::{Parser, MAX_HEAD};

/// Wraps the connection's IO; every byte hyper reads passes through a parser that extracts
/// request heads.
pub fn record<T>(io: T) -> (RecordingIo<T>, RawHeads) {
    let heads = RawHeads {
        parser: Arc::new(Mutex::new(Parser::new())),
    };
    let io = RecordingIo {
        inner: io,
        heads: heads.clone(),
    };
    (io, heads)
}

/// One request head as it was on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawHead {
    pub method: String,
    /// The request-target exactly as on the request line (httparse, like hyper, only accepts
    /// UTF-8 targets, so it is never lossy).
    pub target: String,
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    pub version: u8,
    /// Names with their original case, raw value bytes, arrival order, repeats kept.
    pub headers: Vec<(String, Vec<u8>)>,
}

impl RawHead {
    /// Roughly what this head costs in memory, for the recorder's bounds.
    fn size(&self) -> usize {
        let headers: usize = self
            .headers
            .iter()
            .map(|(n, v)| n.len() + v.len() + 48)
            .sum();
        self.method.len() + self.target.len() + headers + 64
    }
}

/// The service's handle on a connection's recorded heads.
#[derive(Debug, Clone)]
pub struct RawHeads {
    parser: Arc<Mutex<Parser>>,
}

impl RawHeads {
    /// The head of the next request on this connection in arrival order (FIFO), or None when
    /// the recorder cannot tell (HTTP/2 connection, a head it could not parse, or it gave up).
    pub fn next(&self) -> Option<RawHead> {
        self.parser.lock().ok()?.pop()
    }

    /// Bytes the recorder holds for this connection (its line buffer and the queued heads);
    /// bodies never count here because they are never kept.
    pub fn buffered_bytes(&self) -> usize {
        self.parser.lock().map_or(0, |p| p.buffered_bytes())
    }

    /// True once the recorder has stopped parsing this connection (HTTP/2, upgrade, parse
    /// error or limit): every request after that point gets `None`.
    pub fn is_passive(&self) -> bool {
        self.parser.lock().map_or(true, |p| p.is_passive())
    }

    fn feed(&self, bytes: &[u8]) {
        if let Ok(mut parser) = self.parser.lock() {
            parser.feed(bytes);
        }
    }
}

pin_project! {
    /// The connection's IO with a recorder on its read side; it reads and writes exactly as the
    /// inner IO does.
    #[derive(Debug)]
    pub struct RecordingIo<T> {
        #[pin]
        inner: T,
        heads: RawHeads,
    }
}

impl<T> RecordingIo<T> {
    pub fn get_ref(&self) -> &T {
        &self.inner
    }

    pub fn into_inner(self) -> T {
        self.inner
    }
}

impl<T: AsyncRead> AsyncRead for RecordingIo<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.project();
        let before = buf.filled().len();
        let polled = this.inner.poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled {
            if let Some(new) = buf.filled().get(before..).filter(|new| !new.is_empty()) {
                this.heads.feed(new);
            }
        }
        polled
    }
}

impl<T: AsyncWrite> AsyncWrite for RecordingIo<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.project().inner.poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.project().inner.poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.project().inner.poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        self.project().inner.poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}
