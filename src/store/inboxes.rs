//! The inboxes table.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::Store;
use crate::base::error::{Error, Result};
use crate::model::{Inbox, InboxConfig, DEFAULT_INBOX};

impl Store {
    pub async fn inboxes(&self) -> Result<Vec<Inbox>> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT slug, name, created_at, unseal(config) FROM inboxes
                 ORDER BY slug != 'default', created_at, slug",
            )?;
            let rows = statement
                .query_map([], row_to_parts)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter().map(parts_to_inbox).collect()
        })
        .await
    }

    pub async fn create_inbox(&self, inbox: Inbox) -> Result<Inbox> {
        let config = encode(&inbox.config)?;
        self.write(move |conn| {
            if find(conn, &inbox.slug)?.is_some() {
                return Err(Error::Conflict(format!(
                    "an inbox with the URL segment `{}` already exists: choose another",
                    inbox.slug
                )));
            }
            conn.execute(
                "INSERT INTO inboxes (slug, name, created_at, config) VALUES (?1, ?2, ?3, seal(?4))",
                params![inbox.slug, inbox.name, inbox.created_at, config],
            )?;
            Ok(inbox)
        })
        .await
    }

    /// Replaces name and config; a new slug moves the inbox's captures with it.
    pub async fn update_inbox(&self, slug: String, updated: Inbox) -> Result<Inbox> {
        let config = encode(&updated.config)?;
        self.write(move |conn| {
            if find(conn, &slug)?.is_none() {
                return Err(Error::NotFound(format!(
                    "no inbox has the URL segment `{slug}`"
                )));
            }
            if updated.slug != slug {
                if slug == DEFAULT_INBOX {
                    return Err(Error::BadRequest(
                        "the default inbox keeps its URL segment `default`".into(),
                    ));
                }
                if find(conn, &updated.slug)?.is_some() {
                    return Err(Error::Conflict(format!(
                        "an inbox with the URL segment `{}` already exists: choose another",
                        updated.slug
                    )));
                }
                conn.execute(
                    "UPDATE captures SET inbox = ?2 WHERE inbox = ?1",
                    params![slug, updated.slug],
                )?;
            }
            conn.execute(
                "UPDATE inboxes SET slug = ?2, name = ?3, config = seal(?4) WHERE slug = ?1",
                params![slug, updated.slug, updated.name, config],
            )?;
            Ok(updated)
        })
        .await
    }

    /// Deletes the inbox and its captures.
    pub async fn delete_inbox(&self, slug: String) -> Result<u64> {
        self.write(move |conn| {
            if slug == DEFAULT_INBOX {
                return Err(Error::BadRequest(
                    "the default inbox cannot be deleted (requests that match no inbox land there); clear it instead".into(),
                ));
            }
            if find(conn, &slug)?.is_none() {
                return Err(Error::NotFound(format!("no inbox has the URL segment `{slug}`")));
            }
            let removed = super::captures::delete_where(conn, "inbox = ?1", params![slug])?;
            conn.execute("DELETE FROM inboxes WHERE slug = ?1", [&slug])?;
            Ok(removed)
        })
        .await
    }
}

fn find(conn: &Connection, slug: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT slug FROM inboxes WHERE slug = ?1", [slug], |row| {
            row.get(0)
        })
        .optional()?)
}

fn encode(config: &InboxConfig) -> Result<String> {
    serde_json::to_string(config)
        .map_err(|e| Error::Internal(format!("the inbox configuration could not be encoded: {e}")))
}

type Parts = (String, String, i64, String);

fn row_to_parts(row: &Row) -> rusqlite::Result<Parts> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
}

fn parts_to_inbox((slug, name, created_at, config): Parts) -> Result<Inbox> {
    let config = serde_json::from_str(&config).map_err(|e| {
        Error::Internal(format!(
            "the stored configuration of inbox `{slug}` is unreadable: {e}"
        ))
    })?;
    Ok(Inbox {
        slug,
        name,
        created_at,
        config,
        url: String::new(),
    })
}
