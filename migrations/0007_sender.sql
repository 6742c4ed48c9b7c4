-- The sender: webhooks (outgoing subscriptions), the outbox of deliveries, and every attempt.
CREATE TABLE webhooks (
    id                    TEXT PRIMARY KEY,          -- ULID
    config                TEXT NOT NULL,             -- JSON WebhookConfig
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    disabled_reason       TEXT,
    created_at            INTEGER NOT NULL,          -- unix milliseconds
    updated_at            INTEGER NOT NULL
) STRICT;

-- One event to one webhook. A row in status pending/retrying is the durable outbox entry.
CREATE TABLE deliveries (
    id               TEXT PRIMARY KEY,               -- ULID, sorts by creation
    message_id       TEXT NOT NULL,                  -- provider-format id, stable across attempts
    webhook_id       TEXT NOT NULL,                  -- kept when the webhook is deleted
    webhook_name     TEXT NOT NULL,
    provider         TEXT NOT NULL,
    event            TEXT NOT NULL,
    source           TEXT NOT NULL,                  -- trigger / test / capture
    payload          BLOB NOT NULL,
    status           TEXT NOT NULL,                  -- pending/retrying/succeeded/failed/cancelled
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,                        -- unix ms, pending and retrying only
    manual           INTEGER NOT NULL DEFAULT 0,     -- 1: a manual retry, one attempt only
    last_status      INTEGER,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX deliveries_outbox ON deliveries (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX deliveries_by_webhook ON deliveries (webhook_id, id);
CREATE INDEX deliveries_by_status ON deliveries (status, id);

-- One HTTP try of a delivery: the request exactly as written and the raw response or error.
CREATE TABLE attempts (
    id                TEXT PRIMARY KEY,              -- ULID
    delivery_id       TEXT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    number            INTEGER NOT NULL,
    started_at        INTEGER NOT NULL,
    remote_addr       TEXT,
    request_method    TEXT NOT NULL,
    request_url       TEXT NOT NULL,
    request_headers   TEXT NOT NULL,                 -- JSON [Header]
    request_body      BLOB NOT NULL,
    response_status   INTEGER,
    response_reason   TEXT,
    response_version  TEXT,
    response_headers  TEXT,                          -- JSON [Header]
    response_body     BLOB,
    response_size     INTEGER,
    truncated         INTEGER NOT NULL DEFAULT 0,
    error_kind        TEXT,
    error_message     TEXT,
    connect_ms        REAL,
    first_byte_ms     REAL,
    total_ms          REAL NOT NULL,
    succeeded         INTEGER NOT NULL
) STRICT;
CREATE INDEX attempts_by_delivery ON attempts (delivery_id, number);
