-- Webhooks may follow redirects: an attempt keeps the hops that answered 3xx before the request
-- it shows (JSON list of {method, url, status, location}); NULL when there were none.
ALTER TABLE attempts ADD COLUMN redirects TEXT;
