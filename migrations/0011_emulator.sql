-- The provider emulator (src/emulator): the API keys integrators' code sends to it, and what a
-- registration made through it said beyond its webhook (the organization or business that owns
-- it, the provider's own fields). Both hold secrets, so both are sealed like webhook configs.
CREATE TABLE emulator_keys (
    id          TEXT PRIMARY KEY,                    -- ULID
    name        TEXT NOT NULL,
    secret      TEXT NOT NULL,                       -- sealed key
    hint        TEXT NOT NULL,                       -- its last characters, to tell keys apart
    created_at  INTEGER NOT NULL                     -- unix milliseconds
) STRICT;

CREATE TABLE emulator_registrations (
    webhook_id  TEXT PRIMARY KEY REFERENCES webhooks (id) ON DELETE CASCADE,
    provider    TEXT NOT NULL,                       -- connectgain / connectly
    owner       TEXT NOT NULL,                       -- organization_id / businessId
    details     TEXT NOT NULL,                       -- sealed JSON: the provider's own fields
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX emulator_registrations_by_owner ON emulator_registrations (provider, owner);
