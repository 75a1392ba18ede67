-- Issue 17, two additions that share this version.
--
-- 1. A report is deleted as other records are: hidden and kept, with when, by whom and why; its figures
--    leave the tally and its named victims leave the register. It carries a version, so that deleting or
--    re-extracting it from a page read before someone else changed it is refused (409), not applied.
ALTER TABLE report ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report ADD COLUMN deleted_at VARCHAR(32);
ALTER TABLE report ADD COLUMN deleted_by VARCHAR(100);
ALTER TABLE report ADD COLUMN deleted_reason TEXT;

-- 2. Finding a name in either script without reading every name: the keys of each word of a victim's
--    name (its spelling folded, "w:" + word, and its consonant skeleton shared by both scripts, "s:" +
--    skeleton; Khaled and خالد share one) with an index, so that a search reads the keys it asks for.
--    The keys are made by Marsad's own name code, not by SQL, so a record is keyed after it is written:
--    name_keyed is 0 for a record whose keys are missing or stale (a new record, a corrected name), and
--    the search keys those first (NameIndex). Existing records start unkeyed.
CREATE TABLE victim_name_key (
    name_key        VARCHAR(200) NOT NULL,
    victim_id       BIGINT       NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    PRIMARY KEY (name_key, victim_id)
);
CREATE INDEX victim_name_key_victim ON victim_name_key(victim_id);
ALTER TABLE victim ADD COLUMN name_keyed SMALLINT NOT NULL DEFAULT 0;
CREATE INDEX victim_unkeyed ON victim(id) WHERE name_keyed = 0;
