-- The victims a report names (issue 12): each is a victim record of the report's source, kept with the
-- report and the claim (figure) that counts the person, and reviewed before it joins the register.
-- One script serves both databases: SQLite can add a column with a CHECK, a NOT NULL with a default and a
-- REFERENCES whose default is NULL, so no table is rebuilt and V5's triggers stay as they are.
-- outcome: what the report says happened to the person; a list imported as Linkage CSV is a list of the
--   dead, so its records are 'killed'.
-- review_status: 'extracted' until an editor decides; 'confirmed' or 'edited' (corrected) join the register
--   (linked, counted); 'rejected' never does. A list's own records are the source's confirmed account, so
--   they default to 'confirmed' with no reviewer.
-- claim_id: the figure that counts the person ("three killed, including A and B"); the person counts inside
--   the incident that figure is attached to, never on top of it (tally.CountUnits).
ALTER TABLE victim ADD COLUMN outcome VARCHAR(16) NOT NULL DEFAULT 'killed'
    CHECK (outcome IN ('killed', 'injured', 'missing', 'detained'));
ALTER TABLE victim ADD COLUMN report_id BIGINT REFERENCES report(id);
ALTER TABLE victim ADD COLUMN claim_id BIGINT REFERENCES claim(id) ON DELETE SET NULL;
ALTER TABLE victim ADD COLUMN span_start INTEGER;
ALTER TABLE victim ADD COLUMN span_end INTEGER;
ALTER TABLE victim ADD COLUMN review_status VARCHAR(16) NOT NULL DEFAULT 'confirmed'
    CHECK (review_status IN ('extracted', 'confirmed', 'edited', 'rejected'));
ALTER TABLE victim ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE victim ADD COLUMN reviewed_at VARCHAR(32);
CREATE INDEX victim_report ON victim(report_id);
