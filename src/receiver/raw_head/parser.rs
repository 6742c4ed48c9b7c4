//! The synchronous core of the recorder: a state machine fed with every byte the connection
//! reads. Heads are collected and parsed with `httparse`; bodies are only counted down, never
//! kept, so memory stays O(one head) whatever the body size.

use std::collections::VecDeque;

use super::RawHead;

/// A head (or chunk-size line, or trailer section) larger than this makes the recorder give up.
pub const MAX_HEAD: usize = 64 * 1024;
/// More header lines than this in one head makes the recorder give up (hyper stops at 100).
const MAX_HEADERS: usize = 1024;
/// Heads parsed but not yet taken by the service; past either bound the recorder gives up.
const MAX_QUEUED_HEADS: usize = 1024;
const MAX_QUEUED_BYTES: usize = 1024 * 1024;
/// What an HTTP/2 prior-knowledge (h2c) connection starts with.
const H2_PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Collecting a request head in `buf`.
    Head,
    /// This many Content-Length body bytes are still to come.
    Length(u64),
    /// Collecting a chunk-size line (with any extensions) in `buf`.
    ChunkSize,
    /// This many bytes of chunk data are still to come, then CRLF.
    ChunkData(u64),
    ChunkDataCr,
    ChunkDataLf,
    /// At the start of a trailer line, or of the empty line that ends a chunked body.
    TrailerStart,
    InTrailer,
    TrailerLf,
    EndLf,
    /// Gave up (HTTP/2, upgrade, parse error or a limit): the rest of the connection is ignored.
    Passive,
}

/// How the body of a parsed request is framed, decided as hyper decides it.
enum Body {
    None,
    Length(u64),
    Chunked,
}

/// The recorder's parser, usable on its own: [`Parser::feed`] it bytes in any split, then
/// [`Parser::pop`] the heads in arrival order.
#[doc(hidden)]
#[derive(Debug)]
pub struct Parser {
    state: State,
    buf: Vec<u8>,
    /// Bytes of the current head so far, skipped empty lines included.
    head_bytes: usize,
    trailer_bytes: usize,
    /// Until the first byte that differs from the HTTP/2 preface.
    maybe_h2: bool,
    queue: VecDeque<RawHead>,
    queued_bytes: usize,
}

impl Default for Parser {
    fn default() -> Self {
        Self::new()
    }
}

impl Parser {
    pub fn new() -> Self {
        Parser {
            state: State::Head,
            buf: Vec::new(),
            head_bytes: 0,
            trailer_bytes: 0,
            maybe_h2: true,
            queue: VecDeque::new(),
            queued_bytes: 0,
        }
    }

    /// The next parsed head, oldest first.
    pub fn pop(&mut self) -> Option<RawHead> {
        let head = self.queue.pop_front()?;
        self.queued_bytes = self.queued_bytes.saturating_sub(head.size());
        Some(head)
    }

    /// True once the recorder has stopped parsing this connection.
    pub fn is_passive(&self) -> bool {
        self.state == State::Passive
    }

    /// Bytes the parser holds: its line buffer's capacity plus the heads waiting to be taken.
    pub fn buffered_bytes(&self) -> usize {
        self.buf.capacity() + self.queued_bytes
    }

    /// Takes the next bytes read from the connection. Never fails: anything it cannot follow
    /// makes it passive.
    pub fn feed(&mut self, mut input: &[u8]) {
        while let Some((&byte, rest)) = input.split_first() {
            match self.state {
                State::Passive => return,
                State::Length(left) | State::ChunkData(left) => {
                    let take = usize::try_from(left).map_or(input.len(), |l| l.min(input.len()));
                    input = input.get(take..).unwrap_or_default();
                    let left = left.saturating_sub(take as u64);
                    self.state = match (self.state, left) {
                        (State::Length(_), 0) => State::Head,
                        (State::Length(_), left) => State::Length(left),
                        (_, 0) => State::ChunkDataCr,
                        (_, left) => State::ChunkData(left),
                    };
                }
                _ => {
                    input = rest;
                    self.step(byte);
                }
            }
        }
    }

    /// One byte outside a body's data.
    fn step(&mut self, byte: u8) {
        match self.state {
            State::Head => self.head_byte(byte),
            State::ChunkSize => self.chunk_size_byte(byte),
            State::ChunkDataCr => self.expect(byte, b'\r', State::ChunkDataLf),
            State::ChunkDataLf => self.expect(byte, b'\n', State::ChunkSize),
            State::TrailerStart if byte == b'\r' => self.state = State::EndLf,
            State::TrailerStart | State::InTrailer => {
                self.trailer_bytes += 1;
                self.state = if byte == b'\r' {
                    State::TrailerLf
                } else {
                    State::InTrailer
                };
                if self.trailer_bytes > MAX_HEAD {
                    self.give_up();
                }
            }
            State::TrailerLf => self.expect(byte, b'\n', State::TrailerStart),
            State::EndLf => self.expect(byte, b'\n', State::Head),
            // Body data is skipped in bulk by `feed`; nothing to do when passive.
            State::Length(_) | State::ChunkData(_) | State::Passive => {}
        }
    }

    fn expect(&mut self, byte: u8, wanted: u8, then: State) {
        if byte == wanted {
            self.state = then;
        } else {
            self.give_up();
        }
    }

    fn give_up(&mut self) {
        self.state = State::Passive;
        self.buf = Vec::new();
    }

    fn chunk_size_byte(&mut self, byte: u8) {
        if self.buf.len() >= MAX_HEAD {
            return self.give_up();
        }
        self.buf.push(byte);
        if byte != b'\n' {
            return;
        }
        // hyper refuses a bare LF anywhere in the line; checking here also means the line is
        // parsed once, at its CRLF.
        if !self.buf.ends_with(b"\r\n") {
            return self.give_up();
        }
        match httparse::parse_chunk_size(&self.buf) {
            Ok(httparse::Status::Complete((_, 0))) => {
                self.buf.clear();
                self.trailer_bytes = 0;
                self.state = State::TrailerStart;
            }
            Ok(httparse::Status::Complete((_, size))) => {
                self.buf.clear();
                self.state = State::ChunkData(size);
            }
            Ok(httparse::Status::Partial) | Err(_) => self.give_up(),
        }
    }

    fn head_byte(&mut self, byte: u8) {
        if self.head_bytes >= MAX_HEAD {
            return self.give_up();
        }
        self.head_bytes += 1;
        self.buf.push(byte);
        if self.maybe_h2 {
            if H2_PREFACE.starts_with(&self.buf) {
                if self.buf.len() == H2_PREFACE.len() {
                    self.give_up();
                }
                return; // could still be the HTTP/2 preface
            }
            self.maybe_h2 = false;
        }
        // Empty lines before a request line are skipped (by httparse too): drop them so that
        // a run of them cannot make every later line re-parse the whole buffer.
        if self.buf == b"\n" || self.buf == b"\r\n" {
            return self.buf.clear();
        }
        // A head ends with an empty line; httparse accepts LF as well as CRLF line ends.
        if byte == b'\n' && (self.buf.ends_with(b"\n\n") || self.buf.ends_with(b"\n\r\n")) {
            self.try_head();
        }
    }

    /// Called at each empty line: parses the head if it is complete. Heads are tried at their
    /// first empty line, so a complete head always spans the whole buffer.
    fn try_head(&mut self) {
        let lines = self.buf.iter().filter(|&&b| b == b'\n').count();
        let mut headers = vec![httparse::EMPTY_HEADER; lines.min(MAX_HEADERS)];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&self.buf) {
            Ok(httparse::Status::Complete(parsed)) if parsed == self.buf.len() => {}
            Ok(httparse::Status::Partial) => return,
            _ => return self.give_up(),
        }
        let head = RawHead {
            method: request.method.unwrap_or_default().to_owned(),
            target: request.path.unwrap_or_default().to_owned(),
            version: request.version.unwrap_or_default(),
            headers: request
                .headers
                .iter()
                .map(|h| (h.name.to_owned(), h.value.to_vec()))
                .collect(),
        };
        self.buf.clear();
        self.head_bytes = 0;
        if self.buf.capacity() > 16 * 1024 {
            self.buf.shrink_to(1024);
        }
        let Some(body) = framing(&head) else {
            return self.give_up(); // hyper answers 400 to this one and closes
        };
        let upgrade = head.method == "CONNECT"
            || head
                .headers
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case("upgrade"));
        if self.queue.len() >= MAX_QUEUED_HEADS
            || self.queued_bytes + head.size() > MAX_QUEUED_BYTES
        {
            return self.give_up();
        }
        self.queued_bytes += head.size();
        self.queue.push_back(head);
        self.state = match body {
            _ if upgrade => State::Passive, // what follows is a tunnel, not HTTP/1
            Body::None | Body::Length(0) => State::Head,
            Body::Length(n) => State::Length(n),
            Body::Chunked => State::ChunkSize,
        };
    }
}

/// The body framing hyper's server derives from a request head (RFC 9112 §6.3), or None where
/// hyper rejects the request: Transfer-Encoding on HTTP/1.0, Transfer-Encoding whose last coding
/// is not chunked, an invalid Content-Length, or differing Content-Lengths.
fn framing(head: &RawHead) -> Option<Body> {
    let mut transfer_encoding = false;
    let mut chunked = false;
    let mut length: Option<u64> = None;
    for (name, value) in &head.headers {
        if name.eq_ignore_ascii_case("transfer-encoding") {
            if head.version == 0 {
                return None;
            }
            transfer_encoding = true;
            length = None;
            chunked = last_coding_is_chunked(value);
        } else if name.eq_ignore_ascii_case("content-length") && !transfer_encoding {
            let len = digits(value).filter(|&len| len <= u64::MAX - 2)?;
            match length {
                Some(previous) if previous != len => return None,
                _ => length = Some(len),
            }
        }
    }
    if transfer_encoding {
        return chunked.then_some(Body::Chunked);
    }
    Some(length.map_or(Body::None, Body::Length))
}

fn last_coding_is_chunked(value: &[u8]) -> bool {
    // hyper reads the value as visible ASCII only; anything else is "not chunked".
    let visible = value
        .iter()
        .all(|&b| b == b'\t' || (0x20..0x7f).contains(&b));
    visible
        && value
            .rsplit(|&b| b == b',')
            .next()
            .is_some_and(|coding| coding.trim_ascii().eq_ignore_ascii_case(b"chunked"))
}

/// A Content-Length value as hyper's server reads it: ASCII digits only, no sign, no list.
fn digits(value: &[u8]) -> Option<u64> {
    if value.is_empty() {
        return None;
    }
    value.iter().try_fold(0u64, |n, &b| {
        let digit = b.checked_sub(b'0').filter(|d| *d <= 9)?;
        n.checked_mul(10)?.checked_add(u64::from(digit))
    })
}
