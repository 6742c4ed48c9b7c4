-- Attempts may go on a kept-alive connection; the log says so instead of a connect time.
ALTER TABLE attempts ADD COLUMN connection_reused INTEGER NOT NULL DEFAULT 0;
