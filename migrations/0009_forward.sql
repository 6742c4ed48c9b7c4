-- Forwards and replays: deliveries of a captured request to a URL, with no webhook. The capture
-- they came from, and their plan (the request to send, its retry policy and an optional re-sign
-- secret, as sealed JSON). Webhook deliveries leave both NULL.
ALTER TABLE deliveries ADD COLUMN capture_id TEXT;
ALTER TABLE deliveries ADD COLUMN plan TEXT;
CREATE INDEX deliveries_by_capture ON deliveries (capture_id, id) WHERE capture_id IS NOT NULL;
