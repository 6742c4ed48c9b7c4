//! At most `max_connections` receiver connections at once. One more is answered `503` with
//! `Retry-After` and closed (providers retry a 503), so clients that hold sockets open cannot
//! use up the process's file descriptors and stall the accept loop for everyone.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The most a turned-away connection is kept to say why.
const TURN_AWAY_TIME: Duration = Duration::from_secs(1);

pub struct ConnectionCap {
    permits: Arc<Semaphore>,
    max: usize,
    /// Set while full, so the log says so once per episode rather than per connection.
    full: AtomicBool,
}

impl ConnectionCap {
    pub fn new(max: usize) -> ConnectionCap {
        let max = max.clamp(1, Semaphore::MAX_PERMITS);
        ConnectionCap {
            permits: Arc::new(Semaphore::new(max)),
            max,
            full: AtomicBool::new(false),
        }
    }

    /// A slot for a new connection, to hold while it lives; None when every slot is taken.
    pub fn admit(&self) -> Option<OwnedSemaphorePermit> {
        match self.permits.clone().try_acquire_owned() {
            Ok(permit) => {
                self.full.store(false, Ordering::Relaxed);
                Some(permit)
            }
            Err(_) => {
                if !self.full.swap(true, Ordering::Relaxed) {
                    tracing::warn!(
                        "the receiver has {} connections open, its limit: new ones are answered \
                         503 until some close (--max-connections)",
                        self.max
                    );
                }
                None
            }
        }
    }

    /// Answers 503 on a connection that was not admitted, then closes it. The request is read
    /// and dropped meanwhile, so closing does not reset the connection before the client has
    /// read the answer.
    pub fn turn_away(&self, mut stream: TcpStream) {
        let body = format!(
            "{{\"error\":\"the receiver has {} connections open, its limit; try again shortly\"}}",
            self.max
        );
        let answer = format!(
            "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
             retry-after: 1\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        );
        tokio::spawn(async move {
            let _ = tokio::time::timeout(TURN_AWAY_TIME, async {
                stream.write_all(answer.as_bytes()).await?;
                stream.shutdown().await?;
                let mut sink = [0u8; 4096];
                while stream.read(&mut sink).await? > 0 {}
                std::io::Result::Ok(())
            })
            .await;
        });
    }
}
