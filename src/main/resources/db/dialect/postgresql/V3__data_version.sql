-- A counter that moves when counted data changes, so that the tally's in-memory snapshot knows when it is
-- stale, whichever process (web app, CLI import) made the change. It moves once per transaction (the
-- row remembers which transaction moved it last): a bulk import of a million rows is one update of this
-- row, not a million, and the new number becomes visible exactly when the data does, at commit.
CREATE TABLE data_version (id INTEGER PRIMARY KEY CHECK (id = 1), n BIGINT NOT NULL, moved_by BIGINT);
INSERT INTO data_version (id, n) VALUES (1, 0);
CREATE FUNCTION bump_data_version() RETURNS trigger AS $$
BEGIN
    UPDATE data_version SET n = n + 1, moved_by = txid_current()
    WHERE moved_by IS DISTINCT FROM txid_current();
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER source_bumps_version AFTER INSERT OR UPDATE OR DELETE ON source FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER report_bumps_version AFTER INSERT OR UPDATE OR DELETE ON report FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER claim_bumps_version AFTER INSERT OR UPDATE OR DELETE ON claim FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER incident_bumps_version AFTER INSERT OR UPDATE OR DELETE ON incident FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER incident_figure_bumps_version AFTER INSERT OR UPDATE OR DELETE ON incident_figure FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER victim_bumps_version AFTER INSERT OR UPDATE OR DELETE ON victim FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER place_bumps_version AFTER INSERT OR UPDATE OR DELETE ON place FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
