-- Every capture is named on arrival: the provider recognised from the request itself (or the
-- one its inbox verifies with) and the provider's event, refined by its action.
ALTER TABLE captures ADD COLUMN provider TEXT;
ALTER TABLE captures ADD COLUMN event TEXT;

-- Captures stored before recognition existed are named in the background, newest first: this
-- is the highest rowid still to look at (the row goes once the backlog is done).
CREATE TABLE recognition_backlog (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    upto  INTEGER NOT NULL
) STRICT;
INSERT INTO recognition_backlog (id, upto)
    SELECT 1, max(rowid) FROM captures HAVING count(*) > 0;

-- Secrets the user saved for a provider (not tied to an inbox): captures recognised as that
-- provider's are checked with them, so their signature state shows in every list.
CREATE TABLE provider_secrets (
    id          TEXT PRIMARY KEY,                    -- ULID
    provider    TEXT NOT NULL,
    secret      TEXT NOT NULL,                       -- sealed
    hint        TEXT NOT NULL,                       -- its last characters, to tell secrets apart
    created_at  INTEGER NOT NULL                     -- unix milliseconds
) STRICT;
