//! The emulator's HTTP server: its own port, stopped with the instance.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;

use super::{router, EmulatorState};
use crate::base::error::{Error, Result};

pub struct EmulatorServer {
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl EmulatorServer {
    /// Serves the emulator on an already bound listener.
    pub fn start(listener: TcpListener, state: EmulatorState) -> Result<EmulatorServer> {
        let addr = listener
            .local_addr()
            .map_err(|e| Error::io("the emulator's address is unknown", e))?;
        let (stop, mut stopped) = watch::channel(false);
        let app = router(state);
        let task = tokio::spawn(async move {
            let server = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = stopped.changed().await;
            });
            if let Err(e) = server.await {
                tracing::error!("the provider emulator stopped: {e}");
            }
        });
        Ok(EmulatorServer { addr, stop, task })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting and lets requests in flight finish (briefly).
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let mut task = self.task;
        if tokio::time::timeout(Duration::from_secs(2), &mut task)
            .await
            .is_err()
        {
            task.abort();
        }
    }
}
