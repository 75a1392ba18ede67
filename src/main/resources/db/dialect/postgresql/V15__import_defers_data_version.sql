-- Issue 16: an import is one transaction on PostgreSQL, and the change counter's row, moved by its first
-- row, stayed locked by it until it ended: every other write that moves the counter (a report, a source,
-- a confirmed figure) waited for the whole import. An import now says so (SET LOCAL marsad.defer_version)
-- and moves the counter itself in its last statements (store.victim.VictimImports).
CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger AS $$
BEGIN
    IF current_setting('marsad.defer_version', true) = 'on' THEN
        RETURN NULL;
    END IF;
    UPDATE data_version SET n = n + 1, moved_by = txid_current()
    WHERE moved_by IS DISTINCT FROM txid_current();
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
