//! What every outgoing request of an instance (webhook deliveries, forwards, replays) is held
//! to besides its own options: never Hookbench's own servers, and private networks when the
//! request's own "allow private network" or the global setting allows them.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use crate::model::DeliverySource;
use crate::services::delivery::http::reach::{OwnAddress, OwnServer, Reach};

#[derive(Default)]
pub struct OutgoingRules {
    own: Mutex<Vec<OwnAddress>>,
    /// Settings → Outgoing requests: private networks for every target.
    allow_private_network: AtomicBool,
}

impl OutgoingRules {
    /// Records where one of Hookbench's servers listens now (again after it moved).
    pub fn listening(&self, server: OwnServer, addr: SocketAddr) {
        let mut own = self.own.lock().unwrap_or_else(|p| p.into_inner());
        own.retain(|known| known.server != server);
        own.push(OwnAddress { server, addr });
    }

    pub fn set_allow_private_network(&self, allowed: bool) {
        self.allow_private_network.store(allowed, Ordering::Relaxed);
    }

    /// The reach of one attempt of a `source` whose own option says `allow_private_network`.
    /// The receiver is refused only to forwards (a forward there would forward to itself);
    /// webhooks and replays may target an inbox.
    pub fn reach(&self, source: DeliverySource, allow_private_network: bool) -> Reach {
        let own = self.own.lock().unwrap_or_else(|p| p.into_inner());
        Reach {
            allow_private_network: allow_private_network
                || self.allow_private_network.load(Ordering::Relaxed),
            refused: own
                .iter()
                .filter(|own| {
                    own.server != OwnServer::Receiver || source == DeliverySource::Forward
                })
                .copied()
                .collect(),
        }
    }
}
