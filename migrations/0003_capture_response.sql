-- The response Hookbench answered each capture with, stored beside the request.
ALTER TABLE captures ADD COLUMN response_headers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE captures ADD COLUMN response_body BLOB NOT NULL DEFAULT x'';
