//! The raw-head recorder: request heads exactly as they arrived (order, case, repeats, bytes),
//! through a real hyper server, driven by raw TCP writes so the bytes are under control.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use hookbench::receiver::raw_head::{self, Parser, RawHead, RawHeads};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

const WAIT: Duration = Duration::from_secs(20);

/// A hyper server (auto: HTTP/1.1 and h2c) whose service answers with the recorded head as JSON.
/// Each connection's `RawHeads` is also sent to the test.
struct Server {
    addr: SocketAddr,
    connections: mpsc::UnboundedReceiver<RawHeads>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    async fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, connections) = mpsc::unbounded_channel();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (io, heads) = raw_head::record(stream);
                let _ = tx.send(heads.clone());
                let service = service_fn(move |request| answer(heads.clone(), request));
                tokio::spawn(async move {
                    let builder = auto::Builder::new(TokioExecutor::new());
                    let _ = builder.serve_connection(TokioIo::new(io), service).await;
                });
            }
        });
        Server {
            addr,
            connections,
            task,
        }
    }

    async fn connect(&self) -> Client {
        let stream = TcpStream::connect(self.addr).await.unwrap();
        stream.set_nodelay(true).unwrap();
        Client {
            stream,
            buf: Vec::new(),
        }
    }

    /// The recorder handle of the next connection the server accepted.
    async fn accepted(&mut self) -> RawHeads {
        tokio::time::timeout(WAIT, self.connections.recv())
            .await
            .unwrap()
            .unwrap()
    }
}

async fn answer(
    heads: RawHeads,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let recorded = heads.next();
    let method = request.method().to_string();
    let uri = request.uri().to_string();
    let mut body = request.into_body();
    let (mut body_len, mut max_buffered, mut body_error) = (0usize, heads.buffered_bytes(), None);
    while let Some(frame) = body.frame().await {
        match frame {
            Ok(frame) => body_len += frame.data_ref().map_or(0, Bytes::len),
            Err(e) => {
                body_error = Some(e.to_string());
                break;
            }
        }
        max_buffered = max_buffered.max(heads.buffered_bytes());
    }
    let answer = json!({
        "recorded": recorded.map(|head| json!({
            "method": head.method,
            "target": head.target,
            "version": head.version,
            "headers": head.headers.iter().map(|(n, v)| json!([n, hex::encode(v)])).collect::<Vec<_>>(),
        })),
        "method": method,
        "uri": uri,
        "body_len": body_len,
        "body_error": body_error,
        "max_buffered": max_buffered,
    });
    Ok(Response::new(Full::new(Bytes::from(answer.to_string()))))
}

struct Client {
    stream: TcpStream,
    buf: Vec<u8>,
}

struct Reply {
    status: u16,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

impl Client {
    async fn send(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).await.unwrap();
    }

    async fn send_bytewise(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.stream.write_all(&[*byte]).await.unwrap();
            self.stream.flush().await.unwrap();
        }
    }

    /// The next response on the connection (pipelined ones stay buffered for the next call).
    async fn reply(&mut self) -> Reply {
        tokio::time::timeout(WAIT, self.read_reply()).await.unwrap()
    }

    async fn read_reply(&mut self) -> Reply {
        loop {
            let mut headers = [httparse::EMPTY_HEADER; 32];
            let mut response = httparse::Response::new(&mut headers);
            if let httparse::Status::Complete(head) = response.parse(&self.buf).unwrap() {
                let status = response.code.unwrap();
                let length: usize = response
                    .headers
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case("content-length"))
                    .map_or(0, |h| {
                        std::str::from_utf8(h.value).unwrap().parse().unwrap()
                    });
                let length = if status < 200 { 0 } else { length };
                if self.buf.len() >= head + length {
                    let body = self.buf[head..head + length].to_vec();
                    self.buf.drain(..head + length);
                    return Reply { status, body };
                }
            }
            let read = self.stream.read_buf(&mut self.buf).await.unwrap();
            assert!(read > 0, "the connection closed before a whole response");
        }
    }
}

fn headers_of(answer: &Value) -> Vec<(String, Vec<u8>)> {
    answer["recorded"]["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            let name = pair[0].as_str().unwrap().to_owned();
            (name, hex::decode(pair[1].as_str().unwrap()).unwrap())
        })
        .collect()
}

fn pairs(expected: &[(&str, &[u8])]) -> Vec<(String, Vec<u8>)> {
    expected
        .iter()
        .map(|(n, v)| ((*n).to_owned(), v.to_vec()))
        .collect()
}

#[tokio::test]
async fn raw_head_interleaved_repeats_keep_arrival_order_and_case() {
    let server = Server::start().await;
    let mut client = server.connect().await;
    client
        .send(b"POST /order?q=1 HTTP/1.1\r\nHost: h\r\nX-B: 1\r\nx-a: 2\r\nX-B: 3\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nhi")
        .await;
    let reply = client.reply().await;
    assert_eq!(reply.status, 200);
    let answer = reply.json();
    assert_eq!(answer["recorded"]["method"], "POST");
    assert_eq!(answer["recorded"]["target"], "/order?q=1");
    assert_eq!(answer["recorded"]["version"], 1);
    let expected: &[(&str, &[u8])] = &[
        ("Host", b"h"),
        ("X-B", b"1"),
        ("x-a", b"2"),
        ("X-B", b"3"),
        ("Content-Type", b"text/plain; charset=utf-8"),
        ("Content-Length", b"2"),
    ];
    assert_eq!(headers_of(&answer), pairs(expected));
    assert_eq!(answer["body_len"], 2);
}

#[tokio::test]
async fn raw_head_non_utf8_value_bytes_are_kept_byte_exact() {
    let server = Server::start().await;
    let mut client = server.connect().await;
    let value: Vec<u8> = (0x80..=0xffu8).collect();
    let mut request = b"GET /bytes HTTP/1.1\r\nHost: h\r\nX-Raw: a".to_vec();
    request.extend_from_slice(&value);
    request.extend_from_slice(b"z\r\nX-Latin1: caf\xe9\r\n\r\n");
    client.send(&request).await;
    let reply = client.reply().await;
    assert_eq!(reply.status, 200);
    let mut raw = b"a".to_vec();
    raw.extend_from_slice(&value);
    raw.push(b'z');
    let expected: &[(&str, &[u8])] = &[("Host", b"h"), ("X-Raw", &raw), ("X-Latin1", b"caf\xe9")];
    assert_eq!(headers_of(&reply.json()), pairs(expected));
}

#[tokio::test]
async fn raw_head_pipelined_get_sized_and_chunked_requests_in_one_write_each_get_their_own_head() {
    let server = Server::start().await;
    let mut client = server.connect().await;
    client
        .send(concat!(
            "GET /one HTTP/1.1\r\nHost: h\r\nX-N: 1\r\n\r\n",
            "POST /two HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nX-N: 2\r\n\r\nhello",
            "POST /three HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nX-N: 3\r\n\r\n",
            "5;name=value\r\nhello\r\n3;a=b;c\r\nabc\r\n0;last\r\nX-Trailer: t\r\nX-More: u\r\n\r\n",
            // Proves the chunked body, trailers included, ended where hyper ended it.
            "GET /four HTTP/1.1\r\nHost: h\r\nX-N: 4\r\n\r\n",
        ).as_bytes())
        .await;
    let expected = [("/one", 0), ("/two", 5), ("/three", 8), ("/four", 0)];
    for (n, (target, body_len)) in expected.into_iter().enumerate() {
        let answer = client.reply().await.json();
        assert_eq!(answer["recorded"]["target"], target);
        assert_eq!(answer["uri"], target);
        assert_eq!(answer["body_len"], body_len);
        let own = (n + 1).to_string();
        assert!(headers_of(&answer).contains(&("X-N".to_owned(), own.into_bytes())));
    }
}

#[tokio::test]
async fn raw_head_bytewise_chunked_body_with_a_fake_request_line_keeps_framing() {
    let server = Server::start().await;
    let mut client = server.connect().await;
    let evil = "POST /evil HTTP/1.1\r\nX-Evil: 1\r\nContent-Length: 0\r\n\r\n";
    let chunked = format!(
        "POST /chunked HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n{:x};ext=\"q\"\r\n{evil}\r\n0\r\nX-T: 1\r\n\r\n",
        evil.len()
    );
    client.send_bytewise(chunked.as_bytes()).await;
    let answer = client.reply().await.json();
    assert_eq!(answer["recorded"]["target"], "/chunked");
    assert_eq!(answer["body_len"], evil.len());
    let sized = format!(
        "POST /sized HTTP/1.1\r\nHost: h\r\nContent-Length: {}\r\n\r\n{evil}",
        evil.len()
    );
    client.send_bytewise(sized.as_bytes()).await;
    let answer = client.reply().await.json();
    assert_eq!(answer["recorded"]["target"], "/sized");
    assert_eq!(answer["body_len"], evil.len());
    client
        .send_bytewise(b"GET /after HTTP/1.1\r\nHost: h\r\n\r\n")
        .await;
    let answer = client.reply().await.json();
    assert_eq!(answer["recorded"]["target"], "/after");
    assert_eq!(answer["uri"], "/after");
}

#[tokio::test]
async fn raw_head_expect_100_continue_gets_the_interim_response_and_its_head() {
    let server = Server::start().await;
    let mut client = server.connect().await;
    client
        .send(b"POST /continue HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        .await;
    let interim = client.reply().await;
    assert_eq!(interim.status, 100);
    client.send(b"body").await;
    let reply = client.reply().await;
    assert_eq!(reply.status, 200);
    let answer = reply.json();
    assert_eq!(answer["recorded"]["target"], "/continue");
    assert_eq!(answer["body_len"], 4);
    let expected: &[(&str, &[u8])] = &[
        ("Host", b"h"),
        ("Expect", b"100-continue"),
        ("Content-Length", b"4"),
    ];
    assert_eq!(headers_of(&answer), pairs(expected));
}

#[tokio::test]
async fn raw_head_fifty_sequential_keep_alive_requests_stay_in_step() {
    let server = Server::start().await;
    let mut client = server.connect().await;
    for n in 0..50 {
        let body = "x".repeat(n);
        let request = format!(
            "PUT /seq/{n} HTTP/1.1\r\nHost: h\r\nX-Seq: {n}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        client.send(request.as_bytes()).await;
        let answer = client.reply().await.json();
        assert_eq!(answer["recorded"]["target"], format!("/seq/{n}"));
        assert_eq!(answer["body_len"], n);
        let expected = pairs(&[
            ("Host", b"h"),
            ("X-Seq", n.to_string().as_bytes()),
            ("Content-Length", n.to_string().as_bytes()),
        ]);
        assert_eq!(headers_of(&answer), expected);
    }
}

#[tokio::test]
async fn raw_head_five_mib_body_streams_through_with_bounded_recorder_memory() {
    let server = Server::start().await;
    let mut client = server.connect().await;
    const SIZE: usize = 5 * 1024 * 1024;
    // The body is full of fake request heads: none of them may be parsed.
    let pattern = b"GET /fake HTTP/1.1\r\nHost: f\r\n\r\n";
    let body: Vec<u8> = pattern.iter().copied().cycle().take(SIZE).collect();
    client
        .send(format!("POST /big HTTP/1.1\r\nHost: h\r\nContent-Length: {SIZE}\r\n\r\n").as_bytes())
        .await;
    for piece in body.chunks(64 * 1024) {
        client.send(piece).await;
    }
    let answer = client.reply().await.json();
    assert_eq!(answer["recorded"]["target"], "/big");
    assert_eq!(answer["body_len"], SIZE);
    assert!(answer["body_error"].is_null());
    let max_buffered = answer["max_buffered"].as_u64().unwrap();
    assert!(max_buffered < 128 * 1024, "{max_buffered} bytes held");
    client.send(b"GET /next HTTP/1.1\r\nHost: h\r\n\r\n").await;
    assert_eq!(client.reply().await.json()["recorded"]["target"], "/next");
}

#[tokio::test]
async fn raw_head_h2c_prior_knowledge_makes_the_recorder_passive() {
    let mut server = Server::start().await;
    let tcp = TcpStream::connect(server.addr).await.unwrap();
    let (mut h2, connection) = h2::client::handshake(tcp).await.unwrap();
    let connection = tokio::spawn(connection);
    let request = Request::builder()
        .method("POST")
        .uri(format!("http://{}/h2", server.addr))
        .header("x-b", "1")
        .body(())
        .unwrap();
    let (response, _) = h2.send_request(request, true).unwrap();
    let response = tokio::time::timeout(WAIT, response).await.unwrap().unwrap();
    assert_eq!(response.status(), 200);
    let mut body = response.into_body();
    let mut bytes = Vec::new();
    while let Some(chunk) = tokio::time::timeout(WAIT, body.data()).await.unwrap() {
        let chunk = chunk.unwrap();
        body.flow_control().release_capacity(chunk.len()).unwrap();
        bytes.extend_from_slice(&chunk);
    }
    let answer: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(answer["method"], "POST");
    assert!(answer["recorded"].is_null(), "{answer}");
    let heads = server.accepted().await;
    assert!(heads.is_passive());
    assert!(heads.next().is_none());
    drop(h2);
    connection.abort();
}

#[tokio::test]
async fn raw_head_garbage_after_a_good_request_gets_hyper_400_and_no_head() {
    let mut server = Server::start().await;
    let mut client = server.connect().await;
    client
        .send(b"GET /ok HTTP/1.1\r\nHost: h\r\n\r\n\x00\xff\x16\x03 garbage\r\n\r\n")
        .await;
    let first = client.reply().await;
    assert_eq!(first.status, 200);
    assert_eq!(first.json()["recorded"]["target"], "/ok");
    assert_eq!(client.reply().await.status, 400);
    let heads = server.accepted().await;
    assert!(heads.is_passive());
    assert!(heads.next().is_none());
}

#[tokio::test]
async fn raw_head_oversized_head_gives_none_for_the_rest_of_the_connection() {
    let mut server = Server::start().await;
    let mut client = server.connect().await;
    // Larger than the recorder's 64 KiB, smaller than hyper's own limit: hyper serves it.
    let big = "v".repeat(raw_head::MAX_HEAD + 1024);
    client
        .send(format!("GET /big-head HTTP/1.1\r\nHost: h\r\nX-Big: {big}\r\n\r\n").as_bytes())
        .await;
    let answer = client.reply().await.json();
    assert_eq!(answer["uri"], "/big-head");
    assert!(answer["recorded"].is_null());
    client.send(b"GET /later HTTP/1.1\r\nHost: h\r\n\r\n").await;
    let answer = client.reply().await.json();
    assert_eq!(answer["uri"], "/later");
    assert!(answer["recorded"].is_null());
    let heads = server.accepted().await;
    assert!(heads.is_passive());
    assert!(heads.buffered_bytes() < 1024);
}

#[test]
fn raw_head_upgrade_and_connect_stop_parsing_after_their_own_head() {
    for (first, method) in [
        (
            "GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: upgrade\r\n\r\n",
            "GET",
        ),
        (
            "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
            "CONNECT",
        ),
    ] {
        let mut parser = Parser::new();
        parser.feed(format!("{first}GET /tunneled HTTP/1.1\r\n\r\n").as_bytes());
        assert_eq!(parser.pop().map(|h| h.method), Some(method.to_owned()));
        assert!(parser.is_passive());
        assert!(parser.pop().is_none());
    }
}

#[test]
fn raw_head_framing_follows_hyper_for_te_and_content_length() {
    let heads = |stream: &str| {
        let mut parser = Parser::new();
        parser.feed(stream.as_bytes());
        let targets: Vec<String> = std::iter::from_fn(|| parser.pop())
            .map(|h| h.target)
            .collect();
        (targets, parser.is_passive())
    };
    // Transfer-Encoding wins over Content-Length; the body "0\r\n\r\n" is not a head.
    let te_and_cl = "POST /a HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
    assert_eq!(heads(te_and_cl), (vec!["/a".into(), "/b".into()], false));
    // Requests hyper rejects make the recorder give up without queueing them.
    for rejected in [
        "POST /x HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc",
        "POST /x HTTP/1.1\r\nContent-Length: +3\r\n\r\nabc",
        "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
        "POST /x HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    ] {
        assert_eq!(heads(rejected), (vec![], true), "{rejected}");
    }
    // Bare-LF heads are accepted (httparse and hyper both allow them).
    let lf = "GET /lf HTTP/1.0\nA: 1\n\nGET /lf2 HTTP/1.1\n\n";
    assert_eq!(heads(lf), (vec!["/lf".into(), "/lf2".into()], false));
}

#[test]
fn raw_head_empty_lines_and_bare_lf_in_chunk_lines_are_bounded_like_hyper() {
    let mut parser = Parser::new();
    let mut stream = "\r\n".repeat(16 * 1024);
    stream.push_str("GET /after-empty-lines HTTP/1.1\r\n\r\n");
    parser.feed(stream.as_bytes());
    let head = parser.pop().unwrap();
    assert_eq!(head.target, "/after-empty-lines");
    assert!(parser.buffered_bytes() < 1024);
    // Skipped empty lines still count toward the head limit (hyper refuses them too).
    parser.feed("\r\n".repeat(raw_head::MAX_HEAD / 2 + 1).as_bytes());
    assert!(parser.is_passive());

    let mut parser = Parser::new();
    let chunked =
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a\nb\r\nhello\r\n0\r\n\r\n";
    parser.feed(chunked.as_bytes());
    assert!(parser.pop().is_some());
    assert!(
        parser.is_passive(),
        "hyper refuses a bare LF in a chunk line"
    );
}

/// A small deterministic LCG (Knuth's MMIX constants): no extra crate, same streams every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_request(rng: &mut Lcg) -> Vec<u8> {
    const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH"];
    const HEADERS: &[&str] = &[
        "Host: h",
        "X-A: 1",
        "x-a: 2",
        "Expect: 100-continue",
        "X-Obs: \u{e9}",
    ];
    // Each of these ends the parsing: an upgrade, or a request hyper rejects.
    const RARE: &[&str] = &[
        "Upgrade: h2c",
        "Content-Length: 18446744073709551615",
        "Transfer-Encoding: gzip",
    ];
    let method = METHODS[rng.below(METHODS.len())];
    let version = if rng.below(5) == 0 { "1.0" } else { "1.1" };
    let mut head = format!("{method} /r{} HTTP/{version}\r\n", rng.below(1000));
    for _ in 0..rng.below(4) {
        head.push_str(HEADERS[rng.below(HEADERS.len())]);
        head.push_str("\r\n");
    }
    if rng.below(20) == 0 {
        head.push_str(RARE[rng.below(RARE.len())]);
        head.push_str("\r\n");
    }
    let body: Vec<u8> = b"GET /in-body HTTP/1.1\r\n\r\n0\r\n\r\n"
        .iter()
        .copied()
        .cycle()
        .skip(rng.below(7))
        .take(rng.below(40))
        .collect();
    match rng.below(3) {
        0 => format!("{head}\r\n").into_bytes(),
        1 => {
            let mut sized = format!("{head}Content-Length: {}\r\n\r\n", body.len()).into_bytes();
            sized.extend_from_slice(&body);
            sized
        }
        _ => {
            let mut chunked = format!("{head}Transfer-Encoding: chunked\r\n\r\n").into_bytes();
            for piece in body.chunks(1 + rng.below(9)) {
                chunked.extend(format!("{:X};ext=\"a b\"\r\n", piece.len()).as_bytes());
                chunked.extend_from_slice(piece);
                chunked.extend_from_slice(b"\r\n");
            }
            chunked.extend_from_slice(b"0\r\n");
            if rng.below(2) == 0 {
                chunked.extend_from_slice(b"X-Trailer: t\r\n");
            }
            chunked.extend_from_slice(b"\r\n");
            chunked
        }
    }
}

/// A few mostly valid requests back to back, then sometimes a mutation: a byte changed, a
/// range cut out, garbage or the HTTP/2 preface in front.
fn random_stream(rng: &mut Lcg) -> Vec<u8> {
    let mut stream = Vec::new();
    match rng.below(12) {
        0 => stream.extend_from_slice(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
        1 => stream.extend((0..rng.below(64)).map(|_| rng.next() as u8)),
        _ => {}
    }
    for _ in 0..1 + rng.below(5) {
        stream.extend(random_request(rng));
    }
    for _ in 0..rng.below(3) {
        let at = rng.below(stream.len());
        match rng.below(3) {
            0 => stream[at] = rng.next() as u8,
            1 => drop(stream.drain(at..(at + rng.below(8)).min(stream.len()))),
            _ => stream.insert(at, b"\r\n:;0"[rng.below(5)]),
        }
    }
    stream
}

fn parse_in_pieces(stream: &[u8], rng: &mut Lcg) -> (Vec<RawHead>, bool, usize) {
    let mut parser = Parser::new();
    let mut rest = stream;
    let mut max_buffered = 0;
    while !rest.is_empty() {
        let take = 1 + rng.below(rest.len().min(17));
        let (piece, tail) = rest.split_at(take);
        parser.feed(piece);
        max_buffered = max_buffered.max(parser.buffered_bytes());
        rest = tail;
    }
    let heads = std::iter::from_fn(|| parser.pop()).collect();
    (heads, parser.is_passive(), max_buffered)
}

#[test]
fn raw_head_fuzzed_streams_never_panic_and_parse_the_same_in_any_split() {
    let mut rng = Lcg(0x5eed_f00d_4a11_b17e);
    let (mut total_heads, mut passive_rounds) = (0, 0);
    for round in 0..400 {
        let stream = random_stream(&mut rng);
        let mut whole = Parser::new();
        whole.feed(&stream);
        let whole_heads: Vec<RawHead> = std::iter::from_fn(|| whole.pop()).collect();
        let (heads, passive, max_buffered) = parse_in_pieces(&stream, &mut rng);
        assert_eq!(heads, whole_heads, "round {round}: {stream:?}");
        assert_eq!(passive, whole.is_passive(), "round {round}: {stream:?}");
        assert!(max_buffered <= 2 * raw_head::MAX_HEAD, "round {round}");
        total_heads += heads.len();
        passive_rounds += usize::from(passive);
    }
    // The streams reach both outcomes, so the loop exercises the parser's states.
    assert!(total_heads > 400, "{total_heads} heads");
    assert!(
        (20..380).contains(&passive_rounds),
        "{passive_rounds} passive"
    );
}
