//! Naming stored captures again, in the background: the ones stored before recognition
//! existed, and a provider's captures when its saved secrets change (so their signature state
//! follows). Batches are small so captures arriving meanwhile never wait long for the writer.

use std::time::{Duration, Instant};

use crate::base::error::Result;
use crate::model::EngineEvent;
use crate::services::capture::naming;
use crate::store::{Renamed, Renaming};

const BATCH: usize = 200;
/// Lists reload at most this often while a long renaming runs.
const ANNOUNCE_EVERY: Duration = Duration::from_secs(1);

impl super::Captures {
    /// Names captures again on a task of its own; failures are logged.
    pub fn rename_in_background(&self, which: Renaming) {
        let captures = self.clone();
        tokio::spawn(async move {
            if let Err(e) = captures.rename(which.clone()).await {
                tracing::warn!("captures could not be named again ({which:?}): {e}");
            }
        });
    }

    /// Names captures again, newest first; returns how many were looked at.
    pub async fn rename(&self, which: Renaming) -> Result<u64> {
        let mut before = match which {
            Renaming::Backlog => match self.store.recognition_backlog().await? {
                Some(upto) => upto.saturating_add(1),
                None => return Ok(0),
            },
            Renaming::SignaturesOf(_) => i64::MAX,
        };
        let mut seen = 0u64;
        let mut announced = Instant::now();
        loop {
            let batch = self
                .store
                .captures_to_name(which.clone(), before, BATCH)
                .await?;
            let last = batch.last().map(|c| c.rowid);
            let mut names = Vec::with_capacity(batch.len());
            for capture in batch {
                let named = naming::name(
                    &self.secrets,
                    capture.check.as_ref(),
                    &capture.headers,
                    &capture.body,
                    capture.received_at.div_euclid(1000),
                )
                .await?;
                names.push(Renamed {
                    rowid: capture.rowid,
                    provider: named.provider,
                    event: named.event,
                    signature: named.signature,
                });
            }
            seen += names.len() as u64;
            let backlog = match (&which, last) {
                (Renaming::Backlog, Some(rowid)) => Some(Some(rowid - 1)),
                (Renaming::Backlog, None) => Some(None),
                _ => None,
            };
            self.store.set_capture_names(names, backlog).await?;
            let Some(rowid) = last else { break };
            before = rowid;
            if announced.elapsed() >= ANNOUNCE_EVERY {
                self.bus.publish(EngineEvent::CapturesUpdated);
                announced = Instant::now();
            }
        }
        self.bus.publish(EngineEvent::CapturesUpdated);
        Ok(seen)
    }
}
