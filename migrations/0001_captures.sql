-- Captures: every request the receiver accepted, stored exactly.
CREATE TABLE captures (
    id              TEXT PRIMARY KEY,      -- ULID, sorts by arrival
    inbox           TEXT NOT NULL,
    received_at     INTEGER NOT NULL,      -- unix milliseconds
    method          TEXT NOT NULL,
    path            TEXT NOT NULL,         -- as on the request line, without the query
    query           TEXT,                  -- verbatim, without '?'
    http_version    TEXT NOT NULL,
    headers         TEXT NOT NULL,         -- JSON array of {name, value[, raw_base64]} in arrival order
    body            BLOB NOT NULL,
    body_size       INTEGER NOT NULL,
    content_type    TEXT,
    remote_addr     TEXT NOT NULL,
    response_status INTEGER NOT NULL
) STRICT;

CREATE INDEX captures_by_time ON captures (received_at);
