-- Records are edited where they live (issue 17): a victim record and a source carry a version, as claims
-- and incidents already do, so that two editors working from one state cannot overwrite each other
-- silently (the second gets a conflict). Deleting hides and keeps: nothing evidential is destroyed, a
-- deleted record is marked with when, by whom and why, and readers (tally, link, exports) leave it out.
-- An incident merged into another is marked deleted with merged_into naming the one that absorbed it.
ALTER TABLE victim ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE victim ADD COLUMN deleted_at VARCHAR(32);
ALTER TABLE victim ADD COLUMN deleted_by VARCHAR(100);
ALTER TABLE victim ADD COLUMN deleted_reason TEXT;
ALTER TABLE incident ADD COLUMN deleted_at VARCHAR(32);
ALTER TABLE incident ADD COLUMN deleted_by VARCHAR(100);
ALTER TABLE incident ADD COLUMN deleted_reason TEXT;
ALTER TABLE incident ADD COLUMN merged_into BIGINT REFERENCES incident(id);
ALTER TABLE source ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
-- Lists and counts read the records that count (not deleted): a partial index holds just those, so that a
-- count of a million records need not read every row to learn which are deleted.
CREATE INDEX victim_live ON victim(id) WHERE deleted_at IS NULL;
