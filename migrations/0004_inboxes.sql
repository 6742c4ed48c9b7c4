-- Inboxes: named capture URLs (/<slug>/...) with a custom response, rules and verification.
CREATE TABLE inboxes (
    slug        TEXT PRIMARY KEY,          -- the URL segment
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,          -- unix milliseconds
    config      TEXT NOT NULL              -- JSON InboxConfig: response, rules, verification
) STRICT;

INSERT INTO inboxes (slug, name, created_at, config) VALUES ('default', 'Default', 0, '{}');

-- The outcome of the inbox's signature check, for the list's badge (valid/invalid/unsigned).
ALTER TABLE captures ADD COLUMN signature TEXT;
-- The full check (signature, event, schema) as JSON, when the inbox verifies.
ALTER TABLE captures ADD COLUMN check_result TEXT;
CREATE INDEX captures_by_inbox ON captures (inbox, id);

-- Full-text search over what a person searches for; contentless, rows keyed by captures.rowid.
CREATE VIRTUAL TABLE captures_fts USING fts5 (
    method, path, headers, body, content = '', contentless_delete = 1, tokenize = 'unicode61'
);

-- Settings as JSON values (retention, ...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Make what was captured before this migration searchable too.
INSERT INTO captures_fts (rowid, method, path, headers, body)
    SELECT rowid, method, path || coalesce('?' || query, ''), headers, CAST(body AS TEXT) FROM captures;
