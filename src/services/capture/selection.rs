//! Gathering captures for an export, oldest first (the order they arrived in).

use crate::base::error::{Error, Result};
use crate::model::{Capture, CaptureFilter};

/// An export holds at most this many captures; narrow it by inbox or ids beyond that.
pub const MAX_EXPORT: usize = 100_000;

impl super::Captures {
    /// The given captures (in the given order), or every capture of `inbox` (or of all inboxes)
    /// oldest first.
    pub async fn for_export(
        &self,
        inbox: Option<String>,
        ids: Option<Vec<String>>,
    ) -> Result<Vec<Capture>> {
        let ids = match ids {
            Some(ids) => ids,
            None => self.all_ids(inbox).await?,
        };
        if ids.len() > MAX_EXPORT {
            return Err(Error::BadRequest(format!(
                "an export holds at most {MAX_EXPORT} captures; this one would hold {}: export one \
                 inbox at a time or set a retention",
                ids.len()
            )));
        }
        let mut captures = Vec::with_capacity(ids.len());
        for id in ids {
            captures.push(self.get(id).await?);
        }
        Ok(captures)
    }

    async fn all_ids(&self, inbox: Option<String>) -> Result<Vec<String>> {
        let mut ids = Vec::new();
        let mut before = None;
        loop {
            let page = self
                .list(CaptureFilter {
                    before,
                    limit: Some(1000),
                    inbox: inbox.clone(),
                    ..CaptureFilter::default()
                })
                .await?;
            ids.extend(page.captures.into_iter().map(|c| c.id));
            match page.next_before {
                Some(next) if ids.len() <= MAX_EXPORT => before = Some(next),
                _ => break,
            }
        }
        ids.reverse();
        Ok(ids)
    }
}
