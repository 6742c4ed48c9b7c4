//! A new connection must show which protocol it speaks within the header timeout.
//!
//! hyper's header timeout bounds each HTTP/1 head and the idle time between requests on a
//! kept-alive connection, but it only starts once hyper-util has decided between HTTP/1 and the
//! HTTP/2 preface, which has no timeout of its own: a socket that sends nothing, or a prefix of
//! the preface (`P`, `PRI * HTTP`...), would be held forever. This wrapper fails the read that
//! is still waiting when the deadline passes before that decision; after it, reads are the
//! inner stream's.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

const H2_PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

pub struct StartDeadline<T> {
    inner: T,
    /// None once the first bytes settled the protocol.
    deadline: Option<Pin<Box<Sleep>>>,
    /// How many bytes of the HTTP/2 preface have arrived so far.
    matched: usize,
}

impl<T> StartDeadline<T> {
    pub fn new(inner: T, limit: Duration) -> StartDeadline<T> {
        StartDeadline {
            inner,
            deadline: Some(Box::pin(tokio::time::sleep(limit))),
            matched: 0,
        }
    }

    /// Follows the HTTP/2 preface through `bytes`; true once they differ from it (HTTP/1) or
    /// complete it (HTTP/2).
    fn settles(&mut self, bytes: &[u8]) -> bool {
        for byte in bytes {
            if H2_PREFACE.get(self.matched) != Some(byte) {
                return true;
            }
            self.matched += 1;
        }
        self.matched == H2_PREFACE.len()
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for StartDeadline<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let polled = Pin::new(&mut this.inner).poll_read(cx, buf);
        match &polled {
            Poll::Ready(Ok(())) if this.deadline.is_some() => {
                if this.settles(&buf.filled()[before..]) {
                    this.deadline = None;
                }
            }
            Poll::Pending => {
                if let Some(deadline) = &mut this.deadline {
                    if deadline.as_mut().poll(cx).is_ready() {
                        return Poll::Ready(Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            "no request started within the header timeout",
                        )));
                    }
                }
            }
            Poll::Ready(_) => {}
        }
        polled
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for StartDeadline<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settled(chunks: &[&[u8]]) -> bool {
        let mut deadline = StartDeadline::new((), Duration::ZERO);
        chunks.iter().any(|chunk| deadline.settles(chunk))
    }

    #[tokio::test]
    async fn the_first_bytes_settle_the_protocol_unless_they_are_a_prefix_of_the_preface() {
        assert!(settled(&[b"POST / HTTP/1.1\r\n"]));
        assert!(settled(&[b"G"]));
        assert!(settled(&[b"P", b"O"]));
        assert!(settled(&[b"PRI * HTTP/2.0\r\n", b"\r\nSM\r\n\r\n"]));
        assert!(!settled(&[b"P"]));
        assert!(!settled(&[b"PRI * HTTP/2.0\r\n\r\n"]));
        assert!(!settled(&[]));
    }
}
