//! The inboxes service: named capture URLs kept in the store and cached in memory for the
//! receiver's hot path (routing, "every Nth request" counters).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use crate::base::error::{Error, Result};
use crate::bus::Bus;
use crate::model::EngineEvent;
use crate::model::{Inbox, InboxChange, DEFAULT_INBOX};
use crate::services::inbox::{validate_config, validate_name, validate_slug};
use crate::store::Store;

/// The inboxes service: kept in the store, and in memory for the receiver's hot path.
pub struct Inboxes {
    store: Store,
    bus: Bus,
    cache: InboxCache,
}

/// The in-memory view the receiver routes with.
#[derive(Default)]
struct InboxCache {
    loaded: tokio::sync::OnceCell<()>,
    list: RwLock<Arc<Vec<Arc<Inbox>>>>,
    /// Requests seen per inbox since start, for "every Nth request" rules.
    sequence: Mutex<HashMap<String, u64>>,
}

impl Inboxes {
    pub fn new(store: Store, bus: Bus) -> Self {
        Inboxes {
            store,
            bus,
            cache: InboxCache::default(),
        }
    }

    async fn inbox_snapshot(&self) -> Result<Arc<Vec<Arc<Inbox>>>> {
        let cache = &self.cache;
        cache
            .loaded
            .get_or_try_init(|| async {
                let list = self.store.inboxes().await?;
                self.replace_cache(list);
                Ok::<(), Error>(())
            })
            .await?;
        Ok(cache
            .list
            .read()
            .map(|list| Arc::clone(&list))
            .unwrap_or_default())
    }

    fn replace_cache(&self, list: Vec<Inbox>) {
        if let Ok(mut slot) = self.cache.list.write() {
            *slot = Arc::new(list.into_iter().map(Arc::new).collect());
        }
    }

    async fn reload_inboxes(&self) -> Result<()> {
        let list = self.store.inboxes().await?;
        self.replace_cache(list);
        Ok(())
    }

    pub async fn list(&self) -> Result<Vec<Inbox>> {
        Ok(self
            .inbox_snapshot()
            .await?
            .iter()
            .map(|inbox| inbox.as_ref().clone())
            .collect())
    }

    pub async fn get(&self, slug: &str) -> Result<Inbox> {
        self.inbox_snapshot()
            .await?
            .iter()
            .find(|inbox| inbox.slug == slug)
            .map(|inbox| inbox.as_ref().clone())
            .ok_or_else(|| Error::NotFound(format!("no inbox has the URL segment `{slug}`")))
    }

    /// The inbox a request path belongs to (`/<slug>/...`), else the default inbox, and the
    /// request's sequence number at that inbox.
    pub async fn route(&self, path: &str) -> Result<(Arc<Inbox>, u64)> {
        let list = self.inbox_snapshot().await?;
        let segment = path.trim_start_matches('/').split('/').next().unwrap_or("");
        let inbox = list
            .iter()
            .find(|inbox| inbox.slug == segment)
            .or_else(|| list.iter().find(|inbox| inbox.slug == DEFAULT_INBOX))
            .cloned()
            .ok_or_else(|| Error::Internal("the default inbox is missing from the store".into()))?;
        let sequence = match self.cache.sequence.lock() {
            Ok(mut counters) => match counters.get_mut(&inbox.slug) {
                Some(counter) => {
                    *counter += 1;
                    *counter
                }
                None => {
                    counters.insert(inbox.slug.clone(), 1);
                    1
                }
            },
            Err(_) => 0,
        };
        Ok((inbox, sequence))
    }

    pub async fn create(&self, change: InboxChange) -> Result<Inbox> {
        let slug = change.slug.ok_or_else(|| {
            Error::BadRequest("a new inbox needs a `slug` (its URL segment)".into())
        })?;
        validate_slug(&slug)?;
        let name = change.name.unwrap_or_else(|| slug.clone());
        validate_name(&name)?;
        let config = change.config.unwrap_or_default();
        validate_config(&config)?;
        let inbox = Inbox {
            slug,
            name,
            created_at: crate::base::clock::now_millis(),
            config,
            url: String::new(),
        };
        let created = self.store.create_inbox(inbox).await?;
        self.reload_inboxes().await?;
        self.bus.publish(EngineEvent::InboxesChanged);
        Ok(created)
    }

    pub async fn update(&self, slug: &str, change: InboxChange) -> Result<Inbox> {
        let current = self.get(slug).await?;
        let updated = Inbox {
            slug: change.slug.unwrap_or(current.slug),
            name: change.name.unwrap_or(current.name),
            created_at: current.created_at,
            config: change.config.unwrap_or(current.config),
            url: String::new(),
        };
        validate_slug(&updated.slug)?;
        validate_name(&updated.name)?;
        validate_config(&updated.config)?;
        let saved = self.store.update_inbox(slug.to_owned(), updated).await?;
        self.reload_inboxes().await?;
        self.bus.publish(EngineEvent::InboxesChanged);
        Ok(saved)
    }

    pub async fn delete(&self, slug: &str) -> Result<u64> {
        let removed = self.store.delete_inbox(slug.to_owned()).await?;
        self.reload_inboxes().await?;
        self.bus.publish(EngineEvent::InboxesChanged);
        self.bus.publish(EngineEvent::CapturesRemoved);
        Ok(removed)
    }
}
