//! The connection's bytes as they pass between hyper and the socket (after TLS): the request
//! head exactly as written, the final response head exactly as read (case, order, repeats, reason
//! phrase), the time of the first response byte, and how far each side got.
//!
//! hyper's `HeaderMap` lowercases names and groups repeats, so the heads are parsed from the
//! bytes themselves (httparse, as hyper does). Only the heads are kept: recording stops at the
//! end of the request head and at the end of the final response head; bodies pass through.

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Instant;

use pin_project_lite::pin_project;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// hyper refuses response heads larger than its read buffer (about 400 KiB) anyway.
const MAX_HEAD: usize = 512 * 1024;
const MAX_HEADERS: usize = 256;

pin_project! {
    pub struct Wire<T> {
        #[pin]
        inner: T,
        log: WireLog,
    }
}

impl<T> Wire<T> {
    pub fn new(inner: T) -> (Wire<T>, WireLog) {
        let log = WireLog::default();
        (
            Wire {
                inner,
                log: log.clone(),
            },
            log,
        )
    }
}

/// A shared view of what went through a [`Wire`].
#[derive(Clone, Default)]
pub struct WireLog(Arc<Mutex<Log>>);

#[derive(Default)]
struct Log {
    written: u64,
    read: u64,
    first_byte: Option<Instant>,
    request: Recorder,
    response: Recorder,
    request_head: Option<RawHead>,
    response_head: Option<RawHead>,
}

/// Bytes of a head until it is complete (or the recorder gives up).
#[derive(Default)]
struct Recorder {
    buffer: Vec<u8>,
    done: bool,
}

/// One head as it was on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawHead {
    /// `HTTP/1.1`.
    pub version: String,
    /// The status (responses only).
    pub status: u16,
    /// The reason phrase as sent (responses only; may be empty).
    pub reason: String,
    /// Names with their original case, raw value bytes, in order, repeats kept.
    pub headers: Vec<(String, Vec<u8>)>,
    /// Length of the head in bytes, blank line included.
    pub len: usize,
}

impl WireLog {
    fn lock(&self) -> MutexGuard<'_, Log> {
        // A poisoned lock only means another thread panicked mid-update; the counters are
        // still usable for a report.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Forgets the previous exchange on a kept-alive connection, so the next one is recorded
    /// from its first byte.
    pub fn reset(&self) {
        *self.lock() = Log::default();
    }

    pub fn bytes_written(&self) -> u64 {
        self.lock().written
    }

    pub fn bytes_read(&self) -> u64 {
        self.lock().read
    }

    pub fn first_byte(&self) -> Option<Instant> {
        self.lock().first_byte
    }

    pub fn request_head(&self) -> Option<RawHead> {
        self.lock().request_head.clone()
    }

    pub fn response_head(&self) -> Option<RawHead> {
        self.lock().response_head.clone()
    }

    /// The first bytes the server sent, for describing an answer that is not HTTP.
    pub fn first_bytes_read(&self, max: usize) -> Vec<u8> {
        let log = self.lock();
        log.response.buffer[..log.response.buffer.len().min(max)].to_vec()
    }

    fn on_write(&self, bytes: &[u8]) {
        let mut log = self.lock();
        log.written += bytes.len() as u64;
        if let Some(head) = log.request.feed(bytes, parse_request) {
            log.request_head = Some(head);
        }
    }

    fn on_read(&self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut log = self.lock();
        log.read += bytes.len() as u64;
        log.first_byte.get_or_insert_with(Instant::now);
        if let Some(head) = log.response.feed(bytes, parse_final_response) {
            log.response_head = Some(head);
        }
    }
}

/// What the recorder makes of a server that sent `reads`, in that split: the final response head,
/// and the first `max` bytes it kept. For the fuzz targets (`fuzz/`).
pub fn record_reads(reads: &[&[u8]], max: usize) -> (Option<RawHead>, Vec<u8>) {
    let log = WireLog::default();
    for read in reads {
        log.on_read(read);
    }
    (log.response_head(), log.first_bytes_read(max))
}

impl Recorder {
    fn feed(&mut self, bytes: &[u8], parse: fn(&[u8]) -> Parsed) -> Option<RawHead> {
        if self.done {
            return None;
        }
        self.buffer.extend_from_slice(bytes);
        match parse(&self.buffer) {
            Parsed::Head(head) => {
                self.done = true;
                self.buffer.truncate(head.len);
                Some(head)
            }
            Parsed::Partial if self.buffer.len() <= MAX_HEAD => None,
            Parsed::Partial | Parsed::Invalid => {
                self.done = true;
                None
            }
        }
    }
}

enum Parsed {
    Head(RawHead),
    Partial,
    Invalid,
}

fn parse_request(buffer: &[u8]) -> Parsed {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut request = httparse::Request::new(&mut headers);
    match request.parse(buffer) {
        Ok(httparse::Status::Complete(len)) => Parsed::Head(RawHead {
            version: version(request.version),
            status: 0,
            reason: String::new(),
            headers: owned(request.headers),
            len,
        }),
        Ok(httparse::Status::Partial) => Parsed::Partial,
        Err(_) => Parsed::Invalid,
    }
}

/// The first response head that is not an interim 1xx (hyper skips those too); 101 is final.
fn parse_final_response(buffer: &[u8]) -> Parsed {
    let mut start = 0;
    loop {
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut response = httparse::Response::new(&mut headers);
        match response.parse(&buffer[start..]) {
            Ok(httparse::Status::Complete(len)) => {
                let status = response.code.unwrap_or_default();
                if (100..200).contains(&status) && status != 101 {
                    start += len;
                    continue;
                }
                return Parsed::Head(RawHead {
                    version: version(response.version),
                    status,
                    reason: response.reason.unwrap_or_default().to_owned(),
                    headers: owned(response.headers),
                    len: start + len,
                });
            }
            Ok(httparse::Status::Partial) => return Parsed::Partial,
            Err(_) => return Parsed::Invalid,
        }
    }
}

fn version(minor: Option<u8>) -> String {
    format!("HTTP/1.{}", minor.unwrap_or(1))
}

fn owned(headers: &[httparse::Header]) -> Vec<(String, Vec<u8>)> {
    headers
        .iter()
        .map(|h| (h.name.to_owned(), h.value.to_vec()))
        .collect()
}

impl<T: AsyncRead> AsyncRead for Wire<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.project();
        let before = buf.filled().len();
        let result = this.inner.poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = result {
            this.log.on_read(&buf.filled()[before..]);
        }
        result
    }
}

impl<T: AsyncWrite> AsyncWrite for Wire<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.project();
        let result = this.inner.poll_write(cx, buf);
        if let Poll::Ready(Ok(n)) = result {
            this.log.on_write(&buf[..n]);
        }
        result
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.project().inner.poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.project().inner.poll_shutdown(cx)
    }

    // Vectored writes are not forwarded: every byte written passes through `poll_write`, so
    // the recorder sees them in order. hyper then flattens its buffers itself.
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn interim_responses_are_skipped_and_the_final_head_kept_exactly() {
        let log = WireLog::default();
        log.on_read(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n");
        assert!(log.response_head().is_none());
        log.on_read(b"HTTP/1.1 201 Made It\r\nX-B: 1\r\nx-a: 2\r\nX-B: 3\r\n");
        assert!(log.response_head().is_none());
        log.on_read(b"Content-Length: 2\r\n\r\nok");
        let head = log.response_head().unwrap();
        assert_eq!((head.status, head.reason.as_str()), (201, "Made It"));
        let names: Vec<&str> = head.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["X-B", "x-a", "X-B", "Content-Length"]);
        assert_eq!(log.bytes_read(), 134);
        assert!(log.first_byte().is_some());
    }

    #[test]
    fn request_head_is_parsed_from_written_bytes() {
        let log = WireLog::default();
        log.on_write(b"POST /a?b HTTP/1.1\r\nhost: x\r\ncontent-length: 3\r\n\r\nabc");
        let head = log.request_head().unwrap();
        assert_eq!(head.headers.len(), 2);
        assert_eq!(head.len, 50);
        assert_eq!(log.bytes_written(), 53);
    }

    #[test]
    fn garbage_answers_give_up_but_keep_their_first_bytes() {
        let log = WireLog::default();
        log.on_read(b"SSH-2.0-OpenSSH_9.6\r\n");
        assert!(log.response_head().is_none());
        assert_eq!(log.first_bytes_read(7), b"SSH-2.0");
    }
}
