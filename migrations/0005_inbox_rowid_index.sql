-- Lists are ordered by rowid (the order captures were stored in): index inboxes for that order.
DROP INDEX captures_by_inbox;
CREATE INDEX captures_by_inbox ON captures (inbox);
