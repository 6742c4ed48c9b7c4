-- Named samples a user saved for a provider's event (edited payloads to send again).
CREATE TABLE saved_samples (
    id          TEXT PRIMARY KEY,          -- ULID
    provider    TEXT NOT NULL,
    event       TEXT NOT NULL,
    name        TEXT NOT NULL,
    body        TEXT NOT NULL,             -- the JSON text exactly as edited
    created_at  INTEGER NOT NULL,          -- unix milliseconds
    UNIQUE (provider, event, name)
) STRICT;
