//! The receiver of a running instance. Saving other receiver settings moves it to a new
//! address or gives it a new body limit while the app runs: the new address is bound before the
//! old one is let go, so a busy port leaves the old receiver listening.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::{watch, Mutex};

use crate::base::error::{Error, Result};
use crate::engine::Engine;
use crate::model::ReceiverSettings;
use crate::receiver::{self, Limits, ReceiverHandle};
use crate::services::delivery::http::reach::OwnServer;

#[derive(Clone)]
pub struct ReceiverSlot {
    inner: Arc<Inner>,
}

struct Inner {
    engine: Engine,
    handle: Mutex<Option<ReceiverHandle>>,
    limits: watch::Sender<Limits>,
    addr: watch::Sender<SocketAddr>,
}

impl ReceiverSlot {
    /// Starts the receiver on an already bound listener.
    pub fn start(engine: Engine, listener: TcpListener, limits: Limits) -> Result<ReceiverSlot> {
        let (limits, current) = watch::channel(limits);
        let handle = receiver::spawn_with_limits(engine.clone(), listener, current)?;
        let (addr, _) = watch::channel(handle.local_addr());
        Ok(ReceiverSlot {
            inner: Arc::new(Inner {
                engine,
                handle: Mutex::new(Some(handle)),
                limits,
                addr,
            }),
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        *self.inner.addr.borrow()
    }

    pub fn max_body(&self) -> u64 {
        self.inner.limits.borrow().max_body as u64
    }

    /// Changes each time the receiver moves to another address.
    pub fn watch(&self) -> watch::Receiver<SocketAddr> {
        self.inner.addr.subscribe()
    }

    /// Listens where `settings` say, with their body limit. On an error (the port is taken, the
    /// address is not this machine's) nothing changes.
    pub async fn apply(&self, settings: &ReceiverSettings) -> Result<()> {
        settings.validate()?;
        let max_body = usize::try_from(settings.max_body).map_err(|_| {
            Error::BadRequest(format!(
                "{} bytes is too large a body limit",
                settings.max_body
            ))
        })?;
        let mut handle = self.inner.handle.lock().await;
        let Some(current) = handle.as_ref() else {
            return Err(Error::Conflict(
                "the receiver is shutting down: the settings were not applied".into(),
            ));
        };
        let wanted = settings.socket_addr();
        let old_addr = current.local_addr();
        if wanted == old_addr {
            self.inner
                .limits
                .send_modify(|limits| limits.max_body = max_body);
            return Ok(());
        }
        let listener = TcpListener::bind(wanted)
            .await
            .map_err(|e| bind_error(wanted, old_addr, e))?;
        self.inner
            .limits
            .send_modify(|limits| limits.max_body = max_body);
        let moved = receiver::spawn_with_limits(
            self.inner.engine.clone(),
            listener,
            self.inner.limits.subscribe(),
        )?;
        let new_addr = moved.local_addr();
        // Forwards must not reach the new address either (they would forward to themselves).
        self.inner
            .engine
            .outgoing_rules()
            .listening(OwnServer::Receiver, new_addr);
        if let Some(old) = handle.replace(moved) {
            // In-flight captures on the old address finish and commit; the answer does not wait.
            tokio::spawn(old.shutdown());
        }
        self.inner.addr.send_replace(new_addr);
        tracing::info!("the receiver moved from {old_addr} to {new_addr}");
        Ok(())
    }

    /// Stops accepting and lets in-flight captures commit.
    pub async fn shutdown(&self) {
        let handle = self.inner.handle.lock().await.take();
        if let Some(handle) = handle {
            handle.shutdown().await;
        }
    }
}

fn bind_error(wanted: SocketAddr, kept: SocketAddr, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::AddrInUse {
        Error::Conflict(format!(
            "port {} on {} is already in use by another program, so the receiver still listens \
             on http://{kept}. Choose another port, or stop the program using that one.",
            wanted.port(),
            wanted.ip()
        ))
    } else {
        Error::BadRequest(format!(
            "the receiver could not listen on {wanted} ({e}), so it still listens on \
             http://{kept}. Use 127.0.0.1, 0.0.0.0 or an address of this machine, and a port \
             you may open."
        ))
    }
}
