//! The one event bus: every change the engine makes is published here; the API turns it into
//! Server-Sent Events and the desktop shell listens to it directly.

use tokio::sync::broadcast;

use crate::model::EngineEvent;

/// How many events a slow subscriber may fall behind before it is told to resync.
const CAPACITY: usize = 4096;

#[derive(Clone)]
pub struct Bus {
    sender: broadcast::Sender<EngineEvent>,
}

impl Default for Bus {
    fn default() -> Self {
        Bus {
            sender: broadcast::channel(CAPACITY).0,
        }
    }
}

impl Bus {
    pub fn publish(&self, event: EngineEvent) {
        // No subscriber is not an error: nobody is watching right now.
        let _ = self.sender.send(event);
    }

    /// Whether anyone listens: publishers skip building events nobody would read.
    pub fn has_subscribers(&self) -> bool {
        self.sender.receiver_count() > 0
    }

    pub fn subscribe(&self) -> broadcast::Receiver<EngineEvent> {
        self.sender.subscribe()
    }
}
