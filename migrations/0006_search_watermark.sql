-- Captures are indexed for search by the writer when it is idle (and before every search), not
-- while their request waits: this is the last rowid already in captures_fts.
CREATE TABLE search_watermark (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    upto  INTEGER NOT NULL
) STRICT;

-- Every capture stored so far was indexed when it was stored.
INSERT INTO search_watermark (id, upto) SELECT 1, coalesce(max(rowid), 0) FROM captures;
